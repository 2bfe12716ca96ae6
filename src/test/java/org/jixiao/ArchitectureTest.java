package org.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The rules of architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final String[] PURE_CORE = {"org.jixiao.document..", "org.jixiao.extraction..",
            "org.jixiao.scoring..", "org.jixiao.rendering..", "org.jixiao.seal.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(JixiaoApplication.class).verify();
    }

    @Test
    void thePureCoreUsesNoSpringAndNoDatabase() {
        noClasses().that().resideInAnyPackage(PURE_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..", "org.jixiao.evaluation..", "org.jixiao.review..", "org.jixiao.monitoring..",
                        "org.jixiao.analytics..", "org.jixiao..web..", "org.jixiao.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void dependenciesInTheCoreRunOneWay() {
        noClasses().that().resideInAPackage("org.jixiao.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.extraction..", "org.jixiao.scoring..",
                        "org.jixiao.rendering..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.jixiao.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.rendering..", "org.jixiao.extraction..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.jixiao.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.rendering..", "org.jixiao.scoring..")
                .allowEmptyShould(true).check(classes);
        // a seal signs and checks bytes whoever rendered them: it knows the document and nothing of the others
        noClasses().that().resideInAPackage("org.jixiao.seal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.rendering..", "org.jixiao.scoring..",
                        "org.jixiao.extraction..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void accountsDependOnNoOtherModule() {
        // who may do what with an evaluation or a region is decided where those live, not in the accounts
        // the account pages (account.web) are a module of their own, nested in the accounts
        noClasses().that().resideInAPackage("org.jixiao.account..")
                .and().resideOutsideOfPackage("org.jixiao.account.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jixiao.evaluation..", "org.jixiao.review..",
                        "org.jixiao.monitoring..", "org.jixiao.analytics..", "org.jixiao.library..", "org.jixiao..web..",
                        "org.jixiao.cli..", "org.jixiao.document..", "org.jixiao.scoring..", "org.jixiao.extraction..",
                        "org.jixiao.rendering..", "org.jixiao.database..")
                .check(classes);
    }

    @Test
    void roleChecksStayInTheAccessGates() {
        // pages and services ask EvaluationAccess, RegionAccess, LibraryPermissions or ExAnteAccess; none of them tests a role
        // (the signed-in user hands the role to Spring Security as its authority: that is no decision); the pages
        // are in web and in each feature's web package
        noClasses().that().resideInAnyPackage("org.jixiao.review..", "org.jixiao.monitoring..",
                        "org.jixiao.analytics..", "org.jixiao.goals..", "org.jixiao.exante..", "org.jixiao.indepth..",
                        "org.jixiao..web..")
                .and().doNotHaveSimpleName("SignedInUser").and().doNotHaveSimpleName("GoalAccess")
                .and().doNotHaveSimpleName("ExAnteAccess").and().doNotHaveSimpleName("InDepthAccess")
                .should().callMethod(Actor.class, "is", Role.class).orShould().callMethod(Actor.class, "role")
                .check(classes);
    }

    @Test
    void bouncyCastleStaysInTheSeal() {
        // one place holds the cryptography of publication, so that a profile (国密 or international) is one setting
        noClasses().that().resideOutsideOfPackage("org.jixiao.seal..")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void h2sOwnApiStaysInTheAppendOnlyTriggers() {
        // compiled against for those triggers alone: everything else speaks SQL, the same on H2 and PostgreSQL
        noClasses().that().doNotHaveSimpleName("AppendOnlyAuditTrail").and().doNotHaveSimpleName("SecurityLogRetention")
                .should().dependOnClassesThat().resideInAPackage("org.h2..")
                .check(classes);
    }

    @Test
    void poiAndPdfBoxStayInExtractionRenderingAndSeal() {
        noClasses().that().resideOutsideOfPackages("org.jixiao.extraction..", "org.jixiao.rendering..", "org.jixiao.seal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..",
                        "org.apache.fontbox..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void aModulesBasePackageShowsOnlyWhatOthersUse() {
        // the base package is the module's face: a public type there is used from another package (another
        // module, the module's pages or internals, a test elsewhere) or named by one that is; what the module
        // alone uses is package-private or in its internal package (docs/architecture.md)
        JavaClasses withTests = new ClassFileImporter().importPackages("org.jixiao");
        Pattern base = Pattern.compile("org\\.jixiao\\.[a-z]+");
        List<JavaClass> shown = withTests.stream()
                .filter(c -> classes.contain(c.getName()) && base.matcher(c.getPackageName()).matches() && c.isTopLevelClass()
                        && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getSimpleName().equals("package-info")
                        // an H2 trigger is called by its name from the database; an exception is caught by name
                        && !c.isAssignableTo("org.h2.api.Trigger") && !c.isAssignableTo(Throwable.class))
                .toList();
        Set<JavaClass> used = new HashSet<>();
        shown.stream().filter(c -> usedFromAnotherPackage(c)).forEach(used::add);
        boolean grew = true;
        while (grew) { // a type named in the public members of a type others use is part of what they use
            grew = false;
            for (JavaClass c : shown) {
                if (!used.contains(c) && used.stream().anyMatch(u -> namedInPublicMembers(withTests, u, c))) {
                    grew = used.add(c);
                }
            }
        }
        assertThat(shown.stream().filter(c -> !used.contains(c)).map(JavaClass::getName))
                .as("public types that no other package uses: make them package-private or move them to internal")
                .isEmpty();
    }

    private static boolean usedFromAnotherPackage(JavaClass type) {
        for (Dependency d : type.getDirectDependenciesToSelf()) {
            JavaClass origin = d.getOriginClass();
            if (!origin.getPackageName().equals(type.getPackageName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedInPublicMembers(JavaClasses classes, JavaClass owner, JavaClass type) {
        // the owner and its nested types: their public fields, and what their public methods take, give and throw
        return classes.stream()
                .filter(c -> c.equals(owner) || c.getName().startsWith(owner.getName() + "$"))
                .anyMatch(c -> c.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                        .anyMatch(f -> names(f.getType(), type))
                        || c.getCodeUnits().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                                .anyMatch(m -> names(m.getReturnType(), type)
                                        || m.getParameterTypes().stream().anyMatch(t -> names(t, type))
                                        || m.getExceptionTypes().stream().anyMatch(t -> names(t, type))));
    }

    /** Whether the type (with its type arguments) names the class or one nested in it. */
    private static boolean names(JavaType used, JavaClass type) {
        return used.getAllInvolvedRawTypes().stream()
                .anyMatch(t -> t.equals(type) || t.getName().startsWith(type.getName() + "$"));
    }
}
