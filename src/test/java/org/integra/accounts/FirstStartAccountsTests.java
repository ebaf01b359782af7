package org.integra.accounts;

import org.integra.cities.CityCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

@ExtendWith(OutputCaptureExtension.class)
class FirstStartAccountsTests {

	private final UserAccountRepository users = mock(UserAccountRepository.class);

	private final Accounts accounts = mock(Accounts.class);

	private final CityCatalog cities = mock(CityCatalog.class);

	@Test
	void refusesToStartWithATooShortAdminPassword(CapturedOutput output) {
		FirstStartAccounts firstStart = new FirstStartAccounts(this.users, this.accounts, this.cities, "short", true);
		assertThatIllegalStateException().isThrownBy(() -> firstStart.run(new DefaultApplicationArguments()))
			.withMessageContaining("INTEGRA_ADMIN_PASSWORD")
			.withMessageContaining("at least 10 characters")
			.withMessageNotContaining("accounts.password");
		assertThat(output).contains("INTEGRA_ADMIN_PASSWORD").contains("at least 10 characters");
		verifyNoInteractions(this.accounts);
	}

	@Test
	void refusesAnAdminPasswordThatIsADemoUsername() {
		FirstStartAccounts firstStart = new FirstStartAccounts(this.users, this.accounts, this.cities, "coordinacion",
				true);
		assertThatIllegalStateException().isThrownBy(() -> firstStart.run(new DefaultApplicationArguments()))
			.withMessageContaining("must not be the username ('coordinacion')");
	}

	@Test
	void refusesAnAdminPasswordEasyToGuess() {
		FirstStartAccounts firstStart = new FirstStartAccounts(this.users, this.accounts, this.cities, "aaaaaaaaaa",
				true);
		assertThatIllegalStateException().isThrownBy(() -> firstStart.run(new DefaultApplicationArguments()))
			.withMessageContaining("too easy to guess")
			.withMessageNotContaining("accounts.password");
		verifyNoInteractions(this.accounts);
	}

	@Test
	void refusesATooLongAdminPassword() {
		FirstStartAccounts firstStart = new FirstStartAccounts(this.users, this.accounts, this.cities, "x".repeat(129),
				false);
		assertThatIllegalStateException().isThrownBy(() -> firstStart.run(new DefaultApplicationArguments()))
			.withMessageContaining("not be longer than 128");
	}

	@Test
	void startsWithAValidAdminPasswordWhenUsersExist() {
		given(this.users.count()).willReturn(3L);
		FirstStartAccounts firstStart = new FirstStartAccounts(this.users, this.accounts, this.cities,
				"a-good-password", true);
		assertThatNoException().isThrownBy(() -> firstStart.run(new DefaultApplicationArguments()));
		verifyNoInteractions(this.accounts);
	}

	@Test
	void generatesAPasswordThatFollowsThePolicy() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("admin", FirstStartAccounts.randomPassword()));
	}

}
