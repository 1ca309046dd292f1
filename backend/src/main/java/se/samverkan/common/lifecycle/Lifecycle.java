package se.samverkan.common.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.Text;

/**
 * A lifecycle declared once, on the domain type: for every action, the states it is allowed in, the state it leads
 * to (none when the state stays, as for an edit) and the named rule that refuses it elsewhere. Services check it
 * (409 naming the rule) and policies derive the SPA's {@code permissions} flags from the same table.
 *
 * @param <S> the states
 * @param <A> the actions
 * @param <E> what is in the state (the entity), for the refusal's message
 */
public final class Lifecycle<S extends Enum<S>, A extends Enum<A>, E> {

    /** Why an action is refused: the rule's name (the problem's {@code rule}) and the message. */
    public record Refusal(String rule, Text message) {}

    /** {@code to} is the fixed target, if any; {@code move} answers the next state from the current one. */
    private record Step<S, E>(Set<S> from, S to, UnaryOperator<S> move, BiFunction<S, E, Refusal> refusal) {}

    private final Function<E, S> state;
    private final Map<A, Step<S, E>> steps;

    private Lifecycle(Function<E, S> state, Map<A, Step<S, E>> steps) {
        this.state = state;
        this.steps = steps;
    }

    public static <S extends Enum<S>, A extends Enum<A>, E> Builder<S, A, E> of(
            Class<S> states, Class<A> actions, Function<E, S> state) {
        return new Builder<>(states, actions, state);
    }

    /** Whether the action is allowed in the state the entity is in. */
    public boolean allows(E entity, A action) {
        return steps.get(action).from().contains(state.apply(entity));
    }

    /** Whether the action is allowed in the state. */
    public boolean allowsIn(S current, A action) {
        return steps.get(action).from().contains(current);
    }

    /** Throws 409 naming the rule unless the action is allowed in the entity's state. */
    public void check(E entity, A action) {
        S current = state.apply(entity);
        Step<S, E> step = steps.get(action);
        if (!step.from().contains(current)) {
            Refusal refusal = step.refusal().apply(current, entity);
            throw ProblemException.ruleViolation(refusal.rule(), refusal.message());
        }
    }

    /** Checks the action and answers the state it leads to (the current one when the state stays). */
    public S next(E entity, A action) {
        check(entity, action);
        return steps.get(action).move().apply(state.apply(entity));
    }

    /** The state the action leads to; empty when it keeps the state. */
    public Optional<S> target(A action) {
        return Optional.ofNullable(steps.get(action).to());
    }

    /** The actions allowed in the state, in declaration order. */
    public List<A> allowedIn(S current) {
        List<A> allowed = new ArrayList<>();
        steps.forEach((action, step) -> {
            if (step.from().contains(current)) {
                allowed.add(action);
            }
        });
        return allowed;
    }

    public static final class Builder<S extends Enum<S>, A extends Enum<A>, E> {

        private final Class<S> states;
        private final Class<A> actions;
        private final Function<E, S> state;
        private final Map<A, Step<S, E>> steps;

        private Builder(Class<S> states, Class<A> actions, Function<E, S> state) {
            this.states = states;
            this.actions = actions;
            this.state = state;
            this.steps = new EnumMap<>(actions);
        }

        /** An action that moves the entity from any of {@code from} to {@code to}. */
        public Builder<S, A, E> step(A action, Set<S> from, S to, BiFunction<S, E, Refusal> refusal) {
            return add(action, new Step<>(copy(from), to, current -> to, refusal));
        }

        /** An action whose next state depends on the current one (e.g. saving a draft starts it). */
        public Builder<S, A, E> step(A action, Set<S> from, UnaryOperator<S> move, BiFunction<S, E, Refusal> refusal) {
            return add(action, new Step<>(copy(from), null, move, refusal));
        }

        /** An action that keeps the state (an edit, a deletion), allowed only in {@code in}. */
        public Builder<S, A, E> action(A action, Set<S> in, BiFunction<S, E, Refusal> refusal) {
            return add(action, new Step<>(copy(in), null, UnaryOperator.identity(), refusal));
        }

        private Set<S> copy(Set<S> from) {
            return from.isEmpty() ? EnumSet.noneOf(states) : EnumSet.copyOf(from);
        }

        private Builder<S, A, E> add(A action, Step<S, E> step) {
            if (steps.put(action, step) != null) {
                throw new IllegalStateException(action + " is declared twice");
            }
            return this;
        }

        /** Every action must be declared, so that no rule is forgotten. */
        public Lifecycle<S, A, E> build() {
            for (A action : actions.getEnumConstants()) {
                if (!steps.containsKey(action)) {
                    throw new IllegalStateException("The lifecycle does not declare " + action);
                }
            }
            return new Lifecycle<>(state, steps);
        }
    }
}
