// The judgement of one incident's reconciled figures, exposed for tests of the choice of the
// whole series on hand-made reconciliations.
#ifndef TALLY_EVAL_INCIDENT_EVAL_H_
#define TALLY_EVAL_INCIDENT_EVAL_H_

#include <string>

#include "tally/incident_eval.h"
#include "tally/reconcile.h"

namespace tally::internal {

// Compares the best estimate of the whole series of `measure` (no subgroup, not a part, placed
// in the incident's city, state or country, or nowhere; the best supported such series when
// several) with `official`. Pure.
IncidentJudgement JudgeIncidentMeasure(const Reconciliation& reconciliation,
                                       const std::string& measure, int official,
                                       const Incident& incident);

}  // namespace tally::internal

#endif  // TALLY_EVAL_INCIDENT_EVAL_H_
