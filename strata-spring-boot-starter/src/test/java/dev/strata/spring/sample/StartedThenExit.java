package dev.strata.spring.sample;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** For tests that start the application as a process: says it started, then stops it. */
@Component
@ConditionalOnProperty("sample.exit-after-start")
class StartedThenExit implements ApplicationRunner {
    static final String STARTED = "SAMPLE-APPLICATION-STARTED";
    private final ApplicationContext context;

    StartedThenExit(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        System.out.println(STARTED);
        System.exit(SpringApplication.exit(context));
    }
}
