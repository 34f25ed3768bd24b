package ru.vprsvod.commission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.reference.Expert;

/**
 * The commission of one subject: its chair (the head of the subject's РМО, when the bank has one who qualifies), its
 * members (the chair first), each member's works, the works no member could take, and messages for the coordinator.
 */
public record SubjectCommission(String subject, Optional<Expert> chair, List<Expert> members,
                                Map<Expert, List<SelectedWork>> assigned, List<SelectedWork> unassigned,
                                List<String> problems) {

    public SubjectCommission {
        members = List.copyOf(members);
        assigned = Map.copyOf(assigned);
        unassigned = List.copyOf(unassigned);
        problems = List.copyOf(problems);
    }

    /** The works of one member, in the order of the protocol. */
    public List<SelectedWork> worksOf(Expert expert) {
        return assigned.getOrDefault(expert, List.of());
    }
}
