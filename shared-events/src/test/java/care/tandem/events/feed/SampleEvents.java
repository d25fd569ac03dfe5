package care.tandem.events.feed;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An instance of any event record with every component filled (one element per list), for checking its schema. */
final class SampleEvents {

    private SampleEvents() {
    }

    static Object of(Type type) {
        Class<?> erased = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (erased == String.class) {
            return "sample";
        }
        if (erased == Instant.class) {
            return Instant.parse("2026-01-05T10:00:00Z");
        }
        if (erased == LocalDate.class) {
            return LocalDate.parse("2026-01-05");
        }
        if (erased == int.class || erased == Integer.class) {
            return 1;
        }
        if (erased == long.class || erased == Long.class) {
            return 1L;
        }
        if (erased == boolean.class || erased == Boolean.class) {
            return true;
        }
        if (erased.isEnum()) {
            return erased.getEnumConstants()[0];
        }
        if (erased == List.class) {
            return List.of(of(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (erased.isRecord()) {
            return record(erased);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    /**
     * Every component filled; when the record refuses that (a rule like "either a member or an outside provider"),
     * with one of its reference components null in turn.
     */
    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(component -> of(component.getGenericType())).toArray();
        IllegalArgumentException refused = construct(type, components, values);
        for (int i = components.length - 1; refused != null && i >= 0; i--) {
            if (!components[i].getType().isPrimitive()) {
                Object[] withOneNull = values.clone();
                withOneNull[i] = null;
                if (construct(type, components, withOneNull) == null) {
                    values = withOneNull;
                    refused = null;
                }
            }
        }
        if (refused != null) {
            throw refused;
        }
        return newInstance(type, components, values);
    }

    /** @return why the record refused these values, or null when it took them */
    private static IllegalArgumentException construct(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            newInstance(type, components, values);
            return null;
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    private static Object newInstance(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot build a sample " + type.getSimpleName() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
