#include "tally/fact_sheet.h"

#include "tally/stories.h"

namespace tally {

std::vector<DerivedStory> DeriveStories(const std::vector<StoredDocument>& documents,
                                        const ReconcileOptions& options) {
  std::vector<const Document*> pointers;
  pointers.reserve(documents.size());
  for (const StoredDocument& d : documents) pointers.push_back(&d.document);
  std::vector<DerivedStory> derived;
  for (Story& story : GroupStories(pointers)) {
    std::vector<SourcedClaim> claims;
    for (std::size_t index : story.documents) {
      const StoredDocument& stored = documents[index];
      for (const Claim& claim : stored.claims) {
        SourcedClaim sourced;
        sourced.claim = claim;
        sourced.document_id = stored.document.id;
        sourced.document_label = stored.document.DisplaySource();
        sourced.published = stored.document.published.date;
        const std::string& text = stored.document.text;
        if (claim.evidence.end <= text.size() && claim.evidence.begin <= claim.evidence.end) {
          sourced.evidence_text =
              text.substr(claim.evidence.begin, claim.evidence.end - claim.evidence.begin);
        }
        claims.push_back(std::move(sourced));
      }
    }
    DerivedStory d;
    d.reconciliation = Reconcile(std::move(claims), options);
    d.story = std::move(story);
    derived.push_back(std::move(d));
  }
  return derived;
}

}  // namespace tally
