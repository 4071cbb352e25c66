package org.casebook.adapters.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;

/**
 * Spring Security 6.5 wraps its filter chain, whenever Spring MVC is present, in a filter that looks up for each
 * request the handler Spring MVC would choose and keeps it on the request, for rules that ask Spring MVC to match
 * them. Casebook's rules match path patterns themselves (ADR 0038), so the lookup is work nobody reads: this takes
 * that filter out of the wrapper's list and leaves the filter chain itself as it was.
 */
final class HandlerLookupInAdvance {

    /** The wrapped filter's bean class, nested in Spring Security's {@code WebMvcSecurityConfiguration}. */
    static final String CACHE_FILTER = "HandlerMappingIntrospectorCacheFilterFactoryBean";

    private HandlerLookupInAdvance() {
    }

    /** Takes the lookup out of the named filter chain's wrapper; true if it was there. */
    static boolean leaveOut(ConfigurableListableBeanFactory beanFactory, String filterChain) {
        if (!beanFactory.containsBeanDefinition(filterChain)) {
            return false;
        }
        BeanDefinition chain = beanFactory.getBeanDefinition(filterChain);
        ValueHolder filters = chain.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        if (filters == null || !(filters.getValue() instanceof List<?> list)) {
            return false;
        }
        return list.removeIf(filter -> filter instanceof BeanDefinition definition
                && definition.getBeanClassName() != null && definition.getBeanClassName().endsWith(CACHE_FILTER));
    }
}
