package org.jixiao.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findByUnitIdAndRole(Long unitId, Role role);

    List<Account> findAllByOrderByRoleAscUsernameAsc();
}
