package org.casebook.application.generator;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.ImpartialityRating;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.casework.Usefulness;

/**
 * How often each kind of thing happens in generated history. Figures seed 000 gives are used as it gives them and
 * cited; every other figure is a choice, listed with its reason in docs/generator.md. Keep the two in step.
 */
final class Proportions {

    /** Calls a year in the busiest year Hertfordshire reported, September 2000 to July 2001 [000 §1.4]. */
    static final int ENQUIRIES_PER_YEAR = 2_647;

    /**
     * Channels. 70 % of parents wanted help over the telephone, and the service counts calls to its helplines
     * [000 §1.3, §1.4, §2.5]. The other 30 % is a choice (docs/generator.md).
     */
    static final Weighted<Channel> CHANNEL = Weighted.of(Channel.class, Map.of(
            Channel.PHONE, 70, Channel.FACE_TO_FACE, 12, Channel.EMAIL, 10, Channel.LETTER, 5, Channel.WEBSITE, 3));

    /**
     * Who called. "The majority of calls ... are from parents and carers"; the service "also receives calls from
     * schools, CSF colleagues and health professionals" [000 §1.3]. Seed 000 gives no percentages: three in four
     * from parents and carers, and the three other callers it names ahead of the rest, is a choice.
     */
    static final Weighted<EnquirerRole> ENQUIRER = Weighted.of(EnquirerRole.class, Map.of(
            EnquirerRole.PARENT, 66, EnquirerRole.CARER, 9, EnquirerRole.SCHOOL, 10,
            EnquirerRole.LOCAL_AUTHORITY, 6, EnquirerRole.HEALTH, 5, EnquirerRole.SOCIAL_CARE, 2,
            EnquirerRole.VOLUNTARY_ORGANISATION, 1, EnquirerRole.OTHER, 1));

    /**
     * How likely an enquiry is to be about each topic (an enquiry may be about several). 57 % of parents asked for
     * explanations of procedures and paperwork, 55 % for help contributing to assessment [000 §2.5]; most callers'
     * children are at school-based stages of support [000 §1.3]. The rest are choices.
     */
    static final Map<Topic, Double> TOPIC = topics();

    /**
     * A parent's or carer's enquiry becomes level 2 casework (consent, personal details) with this probability:
     * 55 % of parents wanted help contributing to assessment procedures [000 §2.5], which is level 2 work, "help
     * with parent's written contributions, including to the statutory assessment" [002 §5.8]. Enquiries from
     * professionals stay level 1 (a choice: casework is with the family).
     */
    static final double LEVEL_TWO = 0.55;

    /** 49 % of parents sought help in meetings [000 §2.5]; meetings are level 2 work [002 §5.8]. */
    static final double MEETING_GIVEN_LEVEL_TWO = 0.49 / LEVEL_TWO;

    /** 88 % of parents found the service's information helpful [000 §2.5]; the split of the 88 % is a choice. */
    static final Weighted<Usefulness> USEFULNESS = Weighted.of(Usefulness.class, Map.of(
            Usefulness.NOT_VERY_USEFUL, 12, Usefulness.USEFUL, 30, Usefulness.VERY_USEFUL, 35,
            Usefulness.EXCELLENT, 23));

    /** Seed 000 says nothing about impartiality answers: a choice, with a few "no" for the audit to find. */
    static final Weighted<ImpartialityRating> IMPARTIAL = Weighted.of(ImpartialityRating.class, Map.of(
            ImpartialityRating.NO, 3, ImpartialityRating.YES, 30, ImpartialityRating.VERY, 35,
            ImpartialityRating.ALWAYS, 32));

    /**
     * Who supports a case: Hertfordshire's casework was done by paid Parent Partnership Supporters; volunteer
     * Independent Parental Supporters were only being recruited [000 §1.2, §3.3]. The split is a choice.
     */
    static final Weighted<SupporterRole> SUPPORTER = Weighted.of(SupporterRole.class, Map.of(
            SupporterRole.STAFF, 70, SupporterRole.IPS_VOLUNTEER, 20, SupporterRole.PSA, 10));

    /**
     * Supporters were on term-time contracts and calls are counted September to July [000 §1.2, §1.4]: August gets
     * this share of an ordinary month's enquiries (a choice).
     */
    static final double AUGUST = 0.25;

    private Proportions() {
    }

    private static Map<Topic, Double> topics() {
        Map<Topic, Double> chance = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            chance.put(topic, 0.04);
        }
        chance.put(Topic.SEN_PROCEDURES, 0.57);
        chance.put(Topic.STATUTORY_ASSESSMENT, 0.55);
        chance.put(Topic.SCHOOL_BASED_SUPPORT, 0.55);
        chance.put(Topic.STATEMENT, 0.15);
        chance.put(Topic.EXCLUSION, 0.08);
        chance.put(Topic.BEHAVIOUR, 0.08);
        chance.put(Topic.TRANSITION, 0.06);
        chance.put(Topic.TRIBUNAL_APPEAL, 0.05);
        return chance;
    }

    /** Topics for one enquiry: each with its own probability; {@code OTHER} when none is drawn. */
    static Set<Topic> topics(Random random) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        TOPIC.forEach((topic, chance) -> {
            if (random.nextDouble() < chance) {
                topics.add(topic);
            }
        });
        if (topics.isEmpty()) {
            topics.add(Topic.OTHER); // about none of the topics drawn: something else
        }
        return topics;
    }

    /** Values of an enum drawn by weight; a value given no weight (such as one added later) is never drawn. */
    record Weighted<E extends Enum<E>>(E[] values, int[] cumulative) {

        static <E extends Enum<E>> Weighted<E> of(Class<E> type, Map<E, Integer> weights) {
            E[] values = type.getEnumConstants();
            int[] cumulative = new int[values.length];
            int total = 0;
            for (int i = 0; i < values.length; i++) {
                total += weights.getOrDefault(values[i], 0);
                cumulative[i] = total;
            }
            return new Weighted<>(values, cumulative);
        }

        E pick(Random random) {
            int draw = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (draw < cumulative[i]) {
                    return values[i];
                }
            }
            throw new IllegalStateException("unreachable");
        }

        /** The share of one value, 0 to 1. */
        double share(E value) {
            int index = value.ordinal();
            int before = index == 0 ? 0 : cumulative[index - 1];
            return (cumulative[index] - before) / (double) cumulative[cumulative.length - 1];
        }
    }
}
