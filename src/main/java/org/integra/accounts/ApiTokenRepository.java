package org.integra.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@EntityGraph(attributePaths = { "owner", "owner.roles" })
	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByOwnerOrderByCreatedAtDesc(UserAccount owner);

}
