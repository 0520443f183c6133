package dev.strata.maven;

import dev.strata.api.CheckResult;
import dev.strata.api.ModelScope;
import dev.strata.api.Strata;
import dev.strata.format.ChangeText;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Compares the database with the JPA entities below the models directory and fails the build, listing each
 * difference, when they disagree: the CI gate.
 */
@Mojo(name = "check", requiresProject = false, threadSafe = true)
public class CheckMojo extends StrataMojo {
    @Override
    protected void run(Strata strata) throws MojoFailureException {
        CheckResult result = strata.check(ModelScope.CONFIGURED);
        if (result.matches()) {
            getLog().info("ok: the database matches the models");
            return;
        }
        throw new MojoFailureException("the database differs from the models in "
                + result.differences().changes().size() + " change(s): run mvn strata:revision -Dstrata.autogenerate "
                + "-Dstrata.message=MESSAGE, review it, then mvn strata:upgrade\n"
                + ChangeText.write(result.differences()).stripTrailing());
    }
}
