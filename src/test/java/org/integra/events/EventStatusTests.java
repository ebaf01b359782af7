package org.integra.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventStatusTests {

	@Test
	void aDraftIsAnnouncedOrCancelled() {
		assertThat(EventStatus.DRAFT.next()).containsExactlyInAnyOrder(EventStatus.ANNOUNCED, EventStatus.CANCELLED);
		assertThat(EventStatus.DRAFT.mayMoveTo(EventStatus.HELD)).isFalse();
	}

	@Test
	void registrationClosesAndReopensUntilTheEventIsHeld() {
		assertThat(EventStatus.ANNOUNCED.mayMoveTo(EventStatus.REGISTRATION_CLOSED)).isTrue();
		assertThat(EventStatus.REGISTRATION_CLOSED.mayMoveTo(EventStatus.ANNOUNCED)).isTrue();
		assertThat(EventStatus.REGISTRATION_CLOSED.mayMoveTo(EventStatus.HELD)).isTrue();
		assertThat(EventStatus.ANNOUNCED.mayMoveTo(EventStatus.DRAFT)).isFalse();
	}

	@Test
	void heldAndCancelledAreFinal() {
		assertThat(EventStatus.HELD.next()).isEmpty();
		assertThat(EventStatus.CANCELLED.next()).isEmpty();
		assertThat(EventStatus.HELD.editable()).isFalse();
		assertThat(EventStatus.CANCELLED.editable()).isFalse();
		assertThat(EventStatus.REGISTRATION_CLOSED.editable()).isTrue();
	}

	@Test
	void onlyAnAnnouncedEventTakesAnswers() {
		for (EventStatus status : EventStatus.values()) {
			assertThat(status.takesAnswers()).as(status.name()).isEqualTo(status == EventStatus.ANNOUNCED);
		}
	}

	@Test
	void noStatusMovesToItself() {
		for (EventStatus status : EventStatus.values()) {
			assertThat(status.mayMoveTo(status)).as(status.name()).isFalse();
		}
	}

}
