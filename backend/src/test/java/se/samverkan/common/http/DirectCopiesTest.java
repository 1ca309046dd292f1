package se.samverkan.common.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A large kept body is sent from a direct copy with the same bytes, every time; small ones and over budget as bytes. */
class DirectCopiesTest {

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        new Random(size).nextBytes(body);
        return body;
    }

    @Test
    void aLargeKeptBodyIsSentFromItsDirectCopyWithTheSameBytesEachTime() {
        byte[] body = bytes(1_500_000);
        KeptJson.Json<String> json = new KeptJson.Json<>("value", body, true);
        Buffer first = assertInstanceOf(Buffer.class, json.entity());
        Buffer second = assertInstanceOf(Buffer.class, json.entity());
        assertNotSame(first, second, "a view per response, so that one response's reading does not move another's");
        // Reading one view completely leaves the next one whole.
        assertArrayEquals(body, first.getBytes());
        assertArrayEquals(body, second.getBytes());
        assertTrue(first.getByteBuf().isDirect(), "written to the socket as it is, without a copy per response");
        assertArrayEquals(body, assertInstanceOf(Buffer.class, json.entity()).getBytes());
    }

    @Test
    void aKeptBodyOfAPagesSizeIsSentFromItsDirectCopyToo() {
        // 34 KB: the public agreement list of 100; the pool would make a chunk of 64 KiB for it on every response.
        byte[] body = bytes(34_000);
        Buffer sent = assertInstanceOf(Buffer.class, new KeptJson.Json<>("value", body, true).entity());
        assertArrayEquals(body, sent.getBytes());
        assertInstanceOf(Buffer.class, new KeptJson.Json<>("value", bytes(DirectCopies.MIN_BYTES + 1), true).entity());
    }

    @Test
    void aReadThatIsNotKeptIsSentAsItsBytes() {
        byte[] body = bytes(200_000);
        assertSame(body, new KeptJson.Json<>("value", body, false).entity());
    }

    @Test
    void aSmallBodyIsSentAsItsBytes() {
        byte[] body = bytes(DirectCopies.MIN_BYTES);
        assertSame(body, new KeptJson.Json<>("value", body, true).entity());
        assertNull(DirectCopies.copy(body));
    }

    @Test
    void copiesStopAtTheBudgetAndTheBodyIsThenSentAsItsBytes() {
        List<Object> held = new ArrayList<>();
        int size = 1 << 20;
        long before = DirectCopies.live();
        int copies = 0;
        Object last = null;
        for (int i = 0; i <= DirectCopies.BUDGET / size; i++) {
            KeptJson.Json<String> json = new KeptJson.Json<>("value", bytes(size), true);
            last = json.entity();
            held.add(last);
            if (last instanceof Buffer) {
                copies++;
            }
        }
        assertTrue(DirectCopies.live() <= DirectCopies.BUDGET, "live " + DirectCopies.live());
        assertTrue(copies <= DirectCopies.BUDGET / size, copies + " copies");
        assertInstanceOf(byte[].class, last, "over the budget the bytes are sent as before");
        assertEquals(size, ((byte[]) last).length);
        assertTrue(DirectCopies.live() >= before, "copies still referenced stay counted");
    }
}
