package org.casebook.adapters.consistency;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ConsistencyConfiguration {

    /** Every read-model batch, once committed, wakes the reads waiting for it (instead of their polling). */
    @Bean
    ConfigurerModule readModelCommitSignal(ReadModelProgress progress) {
        MessageHandlerInterceptor<EventMessage<?>> signal = new CommitSignal(progress);
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((config, processor) -> signal));
    }

    private record CommitSignal(ReadModelProgress progress) implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            UnitOfWork<?> root = unitOfWork.root();
            if (!(root instanceof BatchingUnitOfWork<?> batch) || batch.isFirstMessage()) {
                root.afterCommit(committed -> progress.batchCommitted());
            }
            return chain.proceed();
        }
    }
}
