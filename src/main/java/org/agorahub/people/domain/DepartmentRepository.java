package org.agorahub.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    @Query("select d from Department d left join fetch d.parent order by lower(d.name)")
    List<Department> findAllWithParents();

    @Query("select d from Department d where lower(d.name) = lower(?1)")
    Optional<Department> findByNameIgnoringCase(String name);
}
