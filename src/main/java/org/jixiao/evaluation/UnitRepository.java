package org.jixiao.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

    Optional<Unit> findByNameAndRegion(String name, String region);

    List<Unit> findAllByOrderByRegionAscNameAsc();
}
