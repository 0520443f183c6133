package dev.strata.spring.rest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Maps the five operations of every resource into Spring MVC once the application's beans exist. */
final class RestEndpoints implements SmartInitializingSingleton, ServedResources {
    private static final Log LOG = LogFactory.getLog(RestEndpoints.class);
    private final RequestMappingHandlerMapping mapping;
    private final ResourceCatalog catalog;
    private final ResourceService service;
    private final RestSettings settings;

    RestEndpoints(RequestMappingHandlerMapping mapping, ResourceCatalog catalog, ResourceService service,
                  RestSettings settings) {
        this.mapping = mapping;
        this.catalog = catalog;
        this.service = service;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (RestResource resource : catalog.resources()) {
            ResourceEndpoint endpoint = new ResourceEndpoint(resource, service, settings);
            String collection = "/" + resource.path();
            map(endpoint, collection, RequestMethod.GET, "list", MultiValueMap.class,
                    jakarta.servlet.http.HttpServletRequest.class);
            map(endpoint, collection, RequestMethod.POST, "create", String.class,
                    jakarta.servlet.http.HttpServletRequest.class);
            map(endpoint, resource.keyPattern(), RequestMethod.GET, "get", Map.class);
            map(endpoint, resource.keyPattern(), RequestMethod.PATCH, "update", Map.class, String.class);
            map(endpoint, resource.keyPattern(), RequestMethod.DELETE, "delete", Map.class);
        }
        LOG.info("strata REST: serving " + catalog.resources().size() + " resources");
    }

    @Override
    public List<Served> served() {
        return catalog.resources().stream()
                .map(r -> new Served(r.path(), r.keys().stream().map(java.lang.reflect.Field::getName).toList()))
                .toList();
    }

    private void map(ResourceEndpoint endpoint, String path, RequestMethod method, String name, Class<?>... params) {
        try {
            Method handler = ResourceEndpoint.class.getMethod(name, params);
            RequestMappingInfo info = RequestMappingInfo.paths(path).methods(method)
                    .options(mapping.getBuilderConfiguration()).build();
            mapping.registerMapping(info, endpoint, handler);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
