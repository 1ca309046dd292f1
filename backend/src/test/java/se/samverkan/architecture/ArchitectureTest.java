package se.samverkan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.security.CurrentUser;

/**
 * The shape every feature keeps (README, "Extend it"): a thin resource talks to its service in DTOs, the service
 * owns rules and persistence, and packages form no cycles. Plain JUnit: no Quarkus boot.
 */
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> ENTITY =
            DescribedPredicate.describe("entities", c -> c.isAnnotatedWith(Entity.class));

    private static final DescribedPredicate<JavaClass> REPOSITORY =
            DescribedPredicate.describe("repositories", c -> c.isAssignableTo(PanacheRepositoryBase.class));

    private static final DescribedPredicate<JavaClass> RESOURCE =
            DescribedPredicate.describe("REST resources", c -> c.isAnnotatedWith(Path.class));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samverkan");
    }

    @Test
    void resources_never_touch_a_repository() {
        noClasses()
                .that(RESOURCE)
                .should()
                .dependOnClassesThat(REPOSITORY)
                .because("a resource calls its service, which owns queries and transactions")
                .check(classes);
    }

    @Test
    void resources_never_touch_an_entity() {
        noClasses()
                .that(RESOURCE)
                .should()
                .dependOnClassesThat(ENTITY)
                .because("a resource speaks in DTOs; entities stay behind the service")
                .check(classes);
    }

    @Test
    void resources_leave_persistence_and_authorization_to_the_service() {
        noClasses()
                .that(RESOURCE)
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Policy")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .because("who may do what is decided in the service through the feature's policy, and queries live"
                        + " behind the service")
                .check(classes);
    }

    @Test
    void only_policies_ask_for_roles() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Policy")
                .and()
                .resideOutsideOfPackages("se.samverkan.common.security..", "se.samverkan.grant..")
                .should()
                .callMethod(CurrentUser.class, "isAdmin")
                .orShould()
                .callMethod(CurrentUser.class, "isCoordinator")
                .orShould()
                .callMethod(CurrentUser.class, "isCoordinatorOf", String.class)
                .because("who may do what is decided once, in the feature's policy (the session asks the policies too)")
                .check(classes);
    }

    @Test
    void no_entity_in_a_resource_signature() {
        methods()
                .that()
                .areDeclaredInClassesThat(RESOURCE)
                .should(new ArchCondition<JavaMethod>("take and return no entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getParameterTypes().stream()
                                .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                                .filter(ENTITY)
                                .forEach(t -> events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " takes the entity " + t.getName())));
                        method.getReturnType().getAllInvolvedRawTypes().stream()
                                .filter(ENTITY)
                                .forEach(t -> events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " returns the entity " + t.getName())));
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void a_history_read_is_read_only() {
        // A history is only ever read: without @ReadOnly its transaction would snapshot, dirty-check and flush.
        methods()
                .that()
                .haveName("history")
                .and()
                .areAnnotatedWith(Transactional.class)
                .should()
                .beAnnotatedWith(ReadOnly.class)
                .because("a read loads read-only and never flushes")
                .check(classes);
    }

    @Test
    void services_never_depend_on_resources() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .dependOnClassesThat(RESOURCE)
                .because("the HTTP layer sits on top of the services, never under them")
                .check(classes);
    }

    @Test
    void features_form_no_cycles() {
        slices().matching("se.samverkan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packages_form_no_cycles_inside_a_feature_either() {
        // Every package is its own slice: a feature and its sub-packages (forum.meeting, followup.indicator …)
        // depend one way only, the sub-package on its parent.
        slices().matching("se.samverkan.(**)").should().beFreeOfCycles().check(classes);
    }
}
