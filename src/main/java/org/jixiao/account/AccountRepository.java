package org.jixiao.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findByUnitIdAndRole(Long unitId, Role role);

    List<Account> findAllByOrderByRoleAscUsernameAsc();

    /** Whether the unit an account is to act for exists (the form sends its id). */
    @Query("SELECT COUNT(*) > 0 FROM unit WHERE id = :unitId")
    boolean unitExists(long unitId);
}
