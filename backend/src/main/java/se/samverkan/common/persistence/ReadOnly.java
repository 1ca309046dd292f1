package se.samverkan.common.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that never writes: when it starts the transaction, the Hibernate session loads entities read-only (no
 * snapshots, no dirty checking) and never flushes; the transaction is rolled back at the end. Inside a caller's
 * transaction (a write that reads) it changes nothing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadOnly {}
