package se.samverkan.common.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A DTO record component the OpenAPI schema does not require: it may be absent from the JSON (null is not written).
 * Every other component of a DTO record is required ({@link RequiredComponentsFilter}). Only the schema: what a
 * client must send is still said by Bean Validation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Optional {}
