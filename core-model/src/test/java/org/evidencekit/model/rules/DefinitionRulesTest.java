package org.evidencekit.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules Annex A states, at their edges. The rules are built here with the 2012 figures;
 * {@code CallForEvidence2012Test} checks that the bundled definition carries the same.
 */
class DefinitionRulesTest {
  static final ChildAgeRule CHILD =
      ChildAgeRule.builder()
          .upTo(18)
          .addExtensions(AgeExtension.of(ChildAgeRule.IN_CARE, 24), AgeExtension.of(ChildAgeRule.DISABLED, 25))
          .build();
  static final Set<String> NONE = Set.of();
  static final Set<String> CARE = Set.of(ChildAgeRule.IN_CARE);
  static final Set<String> DISABLED = Set.of(ChildAgeRule.DISABLED);

  @Test
  void upTo18IsReadAsUnder18() {
    assertTrue(CHILD.isChild(0, NONE));
    assertTrue(CHILD.isChild(17, NONE));
    assertFalse(CHILD.isChild(18, NONE));
    assertFalse(CHILD.isChild(19, NONE));
  }

  @Test
  void theCareSystemExtendsTheLimitTo24() {
    assertTrue(CHILD.isChild(18, CARE));
    assertTrue(CHILD.isChild(23, CARE));
    assertFalse(CHILD.isChild(24, CARE));
  }

  @Test
  void disabilityExtendsTheLimitTo25AndTheHighestLimitWins() {
    assertTrue(CHILD.isChild(24, DISABLED));
    assertFalse(CHILD.isChild(25, DISABLED));
    assertTrue(CHILD.isChild(24, Set.of(ChildAgeRule.IN_CARE, ChildAgeRule.DISABLED)));
    assertEquals(25, CHILD.limitFor(Set.of(ChildAgeRule.IN_CARE, ChildAgeRule.DISABLED)));
    assertFalse(CHILD.isChild(18, Set.of("an unknown circumstance")));
  }

  @Test
  void birthdaysAreTheEdge() {
    LocalDate born = LocalDate.of(1995, 3, 15);
    assertTrue(CHILD.isChild(born, LocalDate.of(2013, 3, 14), NONE), "the day before the 18th birthday");
    assertFalse(CHILD.isChild(born, LocalDate.of(2013, 3, 15), NONE), "on the 18th birthday");
    assertTrue(CHILD.isChild(born, LocalDate.of(2019, 3, 14), CARE));
    assertFalse(CHILD.isChild(born, LocalDate.of(2019, 3, 15), CARE));
    LocalDate leap = LocalDate.of(1996, 2, 29);
    assertTrue(CHILD.isChild(leap, LocalDate.of(2014, 2, 28), NONE), "born on 29 February: 18 on 1 March in a common year");
    assertFalse(CHILD.isChild(leap, LocalDate.of(2014, 3, 1), NONE));
    assertThrows(IllegalArgumentException.class, () -> CHILD.isChild(born, born.minusDays(1), NONE));
    assertThrows(IllegalArgumentException.class, () -> CHILD.isChild(-1, NONE));
  }

  @Test
  void theInclusiveReadingIsAvailableToOtherForms() {
    ChildAgeRule inclusive = ChildAgeRule.builder().upTo(18).inclusive(true).build();
    assertTrue(inclusive.isChild(18, NONE));
    assertFalse(inclusive.isChild(19, NONE));
  }

  static final TraffickingRule TRAFFICKING = TraffickingRule.builder().build();

  static TraffickingCase.Builder moved(int age) {
    return TraffickingCase.builder().age(age).act(true).purposeOfExploitation(true);
  }

  @Test
  void aChildsConsentIsIrrelevantToTrafficking() {
    assertTrue(TRAFFICKING.isTrafficking(moved(15).consented(true).build()), "consented, no means: still trafficking");
    assertTrue(TRAFFICKING.isTrafficking(moved(15).consented(false).build()));
    assertTrue(TRAFFICKING.isTrafficking(moved(17).consented(true).build()));
  }

  @Test
  void anAdultNeedsMeansAndThenConsentDoesNotMatterEither() {
    assertFalse(TRAFFICKING.isTrafficking(moved(18).consented(true).build()), "an adult, no means");
    assertFalse(TRAFFICKING.isTrafficking(moved(18).build()));
    assertTrue(TRAFFICKING.isTrafficking(moved(18).addMeans("deception").consented(true).build()));
  }

  @Test
  void traffickingNeedsAnActAndThePurposeOfExploitation() {
    assertFalse(TRAFFICKING.isTrafficking(TraffickingCase.builder().age(15).act(false).purposeOfExploitation(true).build()));
    assertFalse(TRAFFICKING.isTrafficking(TraffickingCase.builder().age(15).act(true).purposeOfExploitation(false).build()));
  }

  @Test
  void aGroupIsTwoOrMorePeopleOfAnyAge() {
    GroupRule group = GroupRule.builder().atLeast(2).build();
    assertFalse(group.isGroup(1));
    assertTrue(group.isGroup(2));
    assertTrue(group.isGroup(40));
    assertThrows(IllegalArgumentException.class, () -> group.isGroup(-1));
  }

  @Test
  void aGangMeetsAllFourCriteria() {
    AllCriteriaRule gang = AllCriteriaRule.builder().addCriteria("crime", "territory", "structure", "conflict").build();
    assertTrue(gang.isMetBy(Set.of(1, 2, 3, 4)));
    assertFalse(gang.isMetBy(Set.of(1, 2, 3)));
    assertFalse(gang.isMetBy(Set.of()));
    assertThrows(IllegalArgumentException.class, () -> gang.isMetBy(Set.of(1, 2, 3, 5)));
  }

  static ExploitationCase.Builder exploitation(int perpetrators) {
    ExploitationCase.Builder b = ExploitationCase.builder().victim(PersonFacts.aged(14));
    for (int i = 0; i < perpetrators; i++) {
      b.addPerpetrators(PersonFacts.aged(30));
    }
    return b;
  }

  @Test
  void gangAssociatedIsAboutMotiveOrAssociationNotNumbers() {
    GangAssociatedRule gang = GangAssociatedRule.builder().build();
    GroupAssociatedRule group = GroupAssociatedRule.builder().build();
    ExploitationCase one = exploitation(1).perpetratorGangAssociated(true).build();
    assertTrue(gang.applies(one), "one gang-associated perpetrator is enough");
    assertFalse(group.applies(one), "one perpetrator is not a group");
    assertTrue(gang.applies(exploitation(1).gangMotive(true).build()));
    assertTrue(gang.applies(exploitation(3).victimGangAssociated(true).build()));
    assertFalse(gang.applies(exploitation(3).perpetratorsConnected(true).build()), "numbers alone do not make it gang-associated");
  }

  @Test
  void groupAssociatedIsAboutNumbersOfConnectedPerpetrators() {
    GroupAssociatedRule group = GroupAssociatedRule.builder().build();
    assertTrue(group.applies(exploitation(2).perpetratorsConnected(true).build()));
    assertFalse(group.applies(exploitation(2).build()), "two strangers acting apart are not a group");
    assertTrue(group.applies(exploitation(5).perpetratorsConnected(true).gangMotive(true).build()), "both at once");
  }

  @Test
  void peerOnPeerMeansChildrenAbusedByChildrenUnderTheInquirysDefinition() {
    PeerOnPeerRule peer = PeerOnPeerRule.builder().childDefinition("children-and-young-people").build();
    ExploitationCase.Builder b = ExploitationCase.builder().victim(PersonFacts.aged(15));
    assertTrue(peer.applies(b.addPerpetrators(PersonFacts.aged(16), PersonFacts.aged(17)).build(), CHILD));
    assertFalse(peer.applies(ExploitationCase.builder().victim(PersonFacts.aged(15))
        .addPerpetrators(PersonFacts.aged(16), PersonFacts.aged(19)).build(), CHILD), "one adult perpetrator");
    assertTrue(peer.applies(ExploitationCase.builder().victim(PersonFacts.aged(15))
        .addPerpetrators(PersonFacts.aged(20, ChildAgeRule.IN_CARE)).build(), CHILD),
        "a 20-year-old in the care system is a child under the inquiry's definition");
  }
}
