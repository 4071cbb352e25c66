package org.casebook.adapters.web.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the access audit in front of the case reads. */
@Configuration(proxyBeanMethods = false)
public class AccessAuditConfiguration implements WebMvcConfigurer {

    private final AccessAuditInterceptor interceptor;

    AccessAuditConfiguration(AccessAuditInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor)
                .addPathPatterns("/api/cases/*", "/api/cases/*/history", "/api/cases/*/subject-access");
    }
}
