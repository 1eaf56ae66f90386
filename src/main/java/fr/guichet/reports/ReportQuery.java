package fr.guichet.reports;

import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import org.jspecify.annotations.Nullable;

/**
 * What a report is asked for: the period and the filters (null: any). A team lead's team filter is always their own
 * team ({@link ReportManagement} sees to it).
 */
public record ReportQuery(
        ReportPeriod period,
        @Nullable Long teamId,
        @Nullable Channel channel,
        @Nullable Category category,
        @Nullable String segment,
        @Nullable Long siteId) {}
