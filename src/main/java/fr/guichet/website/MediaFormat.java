package fr.guichet.website;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats the media library takes, told by the file's first bytes (its magic number), never by its name:
 * a script renamed {@code photo.png} is refused. Each knows where its width and height are written, so that the size
 * is read without decoding the image.
 */
public enum MediaFormat {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String contentType;
    private final String extension;

    MediaFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format of the bytes, if they are one of the images taken. */
    public static Optional<MediaFormat> detect(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether the bytes look like an SVG drawing (XML text with an svg element): refused with its own message. */
    public static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
                .strip()
                .toLowerCase(Locale.ROOT);
        return (head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!doctype svg"))
                && head.contains("<svg");
    }

    /** Width and height in pixels, read from the header; empty when the header is not where the format says. */
    public Optional<int[]> dimensions(byte[] b) {
        try {
            return switch (this) {
                case PNG -> b.length >= 24 ? Optional.of(new int[] {int32(b, 16), int32(b, 20)}) : Optional.empty();
                case GIF -> b.length >= 10 ? Optional.of(new int[] {le16(b, 6), le16(b, 8)}) : Optional.empty();
                case JPEG -> jpeg(b);
                case WEBP -> webp(b);
            };
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return Optional.empty();
        }
    }

    private static Optional<int[]> jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = be16(b, i + 2);
            boolean startOfFrame =
                    marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                return Optional.of(new int[] {be16(b, i + 7), be16(b, i + 5)});
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<int[]> webp(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> Optional.of(new int[] {le24(b, 24) + 1, le24(b, 27) + 1});
            case "VP8 " -> Optional.of(new int[] {le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF});
            case "VP8L" -> {
                int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
                yield Optional.of(new int[] {(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1});
            }
            default -> Optional.empty();
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int be16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }
}
