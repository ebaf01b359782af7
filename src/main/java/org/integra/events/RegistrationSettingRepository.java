package org.integra.events;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationSettingRepository extends JpaRepository<RegistrationSetting, Long> {

}
