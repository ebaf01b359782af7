package org.integra.letters;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, Long> {

	List<Letter> findByCityIdOrderBySentAtDescIdDesc(long cityId);

	List<Letter> findByCityId(long cityId);

	List<Letter> findByTemplateId(long templateId);

	Page<Letter> findAllByOrderBySentAtDescIdDesc(Pageable pageable);

	Page<Letter> findByCityIdInOrderBySentAtDescIdDesc(Collection<Long> cityIds, Pageable pageable);

}
