import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws src/main/resources/static/favicon.svg (three results rising, on the header's red) in pixels, at 16, 32 and
 * 48, as the PNG images of one favicon.ico for browsers that ask for that. Run from the repository:
 * {@code java scripts/Favicon.java src/main/resources/static/favicon.ico}; change both files together.
 */
public class Favicon {

    private static final int[] SIZES = {16, 32, 48};

    public static void main(String[] arguments) throws IOException {
        byte[][] images = new byte[SIZES.length][];
        for (int i = 0; i < SIZES.length; i++) {
            images[i] = png(SIZES[i]);
        }
        int offset = 6 + 16 * SIZES.length;
        ByteBuffer directory = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        directory.putShort((short) 0).putShort((short) 1).putShort((short) SIZES.length);
        for (int i = 0; i < SIZES.length; i++) {
            directory.put((byte) SIZES[i]).put((byte) SIZES[i]).put((byte) 0).put((byte) 0).putShort((short) 1)
                    .putShort((short) 32).putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream icon = new ByteArrayOutputStream();
        icon.write(directory.array());
        for (byte[] image : images) {
            icon.write(image);
        }
        Files.write(Path.of(arguments[0]), icon.toByteArray());
    }

    /** The drawing of favicon.svg (a 32 × 32 view box) at {@code size} pixels. */
    private static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 32.0, size / 32.0);
        g.setColor(new Color(0xb4232a));
        g.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 12, 12));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(5.5, 18, 5.5, 9, 2, 2));
        g.fill(new RoundRectangle2D.Double(13.25, 12, 5.5, 15, 2, 2));
        g.setColor(new Color(0xf6c445));
        g.fill(new RoundRectangle2D.Double(21, 5, 5.5, 22, 2, 2));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
