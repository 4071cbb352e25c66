package org.casebook.domain.developmentgroup;

/**
 * The group's seats, from its targeted membership [002 §8.9]: a parent as chairperson, five other parents, and one
 * representative for each other constituency (the service's two managers and the PSACO included). A seat is held
 * from joining until its holder lapses [002 §8.12] or leaves. A new chair takes the chair seat, and the chair they
 * succeed stays on as a parent, so needs one of the five parent seats.
 */
final class Seats {

    static final int PARENTS_BESIDES_THE_CHAIR = 5;
    static final int PER_OTHER_CONSTITUENCY = 1;

    private Seats() {
    }

    static void check(Membership membership, Constituency constituency, boolean chair) {
        if (constituency == Constituency.PARENT) {
            long parents = membership.seatedOtherThanTheChair(Constituency.PARENT);
            long after = chair ? parents + (membership.chair().isPresent() ? 1 : 0) : parents + 1;
            if (after > PARENTS_BESIDES_THE_CHAIR) {
                throw new NoSeat(chair
                        ? "the chair's successor would leave six parent members besides the chair; record a"
                                + " parent member's departure first"
                        : "the group has the chair and five other parent members already; a parent seat is free"
                                + " when one of them lapses or leaves");
            }
        } else if (membership.seatedOtherThanTheChair(constituency) >= PER_OTHER_CONSTITUENCY) {
            throw new NoSeat("the " + constituency + " seat is held; it is free when its holder lapses or leaves");
        }
    }
}
