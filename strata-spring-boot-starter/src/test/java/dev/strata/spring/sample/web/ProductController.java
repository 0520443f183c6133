package dev.strata.spring.sample.web;

import dev.strata.spring.sample.catalog.Product;
import dev.strata.spring.sample.catalog.ProductRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
public class ProductController {
    private final ProductRepository products;

    public ProductController(ProductRepository products) {
        this.products = products;
    }

    /** The products, read through Spring Data JPA, as name=price lines. */
    @GetMapping("/products")
    public List<String> products() {
        return products.findAllByOrderByNameAsc().stream().map(ProductController::line).toList();
    }

    private static String line(Product p) {
        return p.getName() + "=" + p.getPriceCents();
    }
}
