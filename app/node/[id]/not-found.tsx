/**
 * A node page for an id the map does not hold: most often a community contribution that a moderator
 * has since withdrawn (its record stays, and says why), or a mistyped address.
 */
import { DepartedContribution } from '@/components/contribute/DepartedContribution';

export default function NodeNotFound() {
  return (
    <>
      <h1>This node is not part of the map</h1>
      <p>No question, position, argument or fact has this address today.</p>
      <DepartedContribution />
      <p>
        <a href="/map">The map</a> · <a href="/search">Search the site</a> · <a href="/community">Community contributions</a>
      </p>
    </>
  );
}
