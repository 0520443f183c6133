package bench;

import bench.items.ItemRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts (migrating the database first), reads through Spring Data JPA once, and exits: one measured start. */
@SpringBootApplication
public class BenchApplication {
    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = SpringApplication.run(BenchApplication.class, args)) {
            System.out.println("items: " + context.getBean(ItemRepository.class).count());
        }
    }
}
