package de.kiregister;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Optional;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Conventions Spring Modulith does not check. */
@AnalyzeClasses(packages = "de.kiregister", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    // Controllers are the web edge of a module; keeping them in `web` keeps the domain free of HTTP.
    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes().that().areAnnotatedWith(Controller.class)
            .or().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..");

    // Nobody outside the module calls a controller; package-private makes that visible.
    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(Controller.class)
            .should().notBePublic();

    // Spring's @Transactional (readOnly, propagation) is the one in use; the JTA one silently lacks them.
    @ArchTest
    static final ArchRule onlySpringTransactions = noClasses().should()
            .dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional");

    // A missing row is an Optional, never null.
    @ArchTest
    static final ArchRule findMethodsReturnOptionalOrCollections = methods().that()
            .areDeclaredInClassesThat().areAssignableTo(Repository.class)
            .and().haveNameStartingWith("findBy")
            .and().areDeclaredInClassesThat().resideInAPackage("de.kiregister..")
            .should().haveRawReturnType(Optional.class)
            .orShould().haveRawReturnType(java.util.List.class);

    // Only the domain changes entities; web code works with forms and commands.
    @ArchTest
    static final ArchRule webDoesNotUseRepositories = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule noFieldInjection = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection keeps dependencies explicit");

}
