package org.integra.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findByMentorCityId(long mentorCityId);

	boolean existsByUsername(String username);

	Page<UserAccount> findAllByOrderByUsernameAsc(Pageable pageable);

	@Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
	long countEnabledWithRole(Role role);

}
