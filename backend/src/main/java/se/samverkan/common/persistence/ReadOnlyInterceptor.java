package se.samverkan.common.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs before {@code @Transactional} (which then joins), so it knows whether the read owns its transaction. */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReadOnlyInterceptor {

    @Inject
    TransactionManager transactions;

    @Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
        transactions.begin();
        try {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return context.proceed();
        } finally {
            transactions.rollback();
        }
    }
}
