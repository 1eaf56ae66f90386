package fr.guichet.website;

import java.util.List;

/**
 * Where media files are shown: each kind of content that embeds images (news items, site pages…) tells the media
 * library which of its items show a file, so that the library can say where a file is used and refuse to delete it
 * meanwhile.
 */
public interface MediaUsageSource {

    /** The items that show the media file (their text holds its address {@code /media/{id}/}). */
    List<MediaUse> usesOf(long mediaId);

    /**
     * One use of a media file.
     *
     * @param kindKey the message key naming the kind of item ("media.use.news")
     * @param title the item's title
     * @param editPath where staff edit it
     */
    record MediaUse(String kindKey, String title, String editPath) {}
}
