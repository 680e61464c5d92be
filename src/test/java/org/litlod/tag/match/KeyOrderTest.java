package org.litlod.tag.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

    @Test
    void ordersLikeAStableSortByStringOrder() {
        assertOrdersLikeAStableSort(20_000, 7);
    }

    @Test
    void aLongListSortedOnSeveralCoresOrdersTheSame() {
        assertOrdersLikeAStableSort(400_000, 5);
    }

    private static void assertOrdersLikeAStableSort(int n, int maxLength) {
        Random random = new Random(3);
        String[] keys = new String[n];
        for (int i = 0; i < keys.length; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(maxLength);
            for (int k = 0; k < len; k++) {
                b.append("abcé\u03b2Z".charAt(random.nextInt(6)));
            }
            keys[i] = b.toString();
        }
        Integer[] expected = new Integer[keys.length];
        Arrays.setAll(expected, i -> i);
        Arrays.sort(expected, Comparator.comparing((Integer i) -> keys[i]));
        assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), KeyOrder.of(keys, keys.length));
    }

    @Test
    void shortListsAndPrefixes() {
        String[] keys = {"ab", "a", "", "abc", "a", "b"};
        assertArrayEquals(new int[] {2, 1, 4, 0, 3, 5}, KeyOrder.of(keys, keys.length));
        assertArrayEquals(new int[] {1, 0}, KeyOrder.of(keys, 2));
    }
}
