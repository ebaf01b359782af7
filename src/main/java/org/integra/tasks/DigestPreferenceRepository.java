package org.integra.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DigestPreferenceRepository extends JpaRepository<DigestPreference, String> {

	List<DigestPreference> findByEnabledTrueOrderByUsername();

}
