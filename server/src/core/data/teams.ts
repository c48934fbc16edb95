/**
 * The sections of an SCS community call, as their `# ` headings read. Completion offers them after `# `
 * and the snippets offer them as a choice; a workspace template can add its own (see `deriveTemplate`).
 * The short prefix is what topic slides put before ` - ` (`## SIG Std/Cert - Topic`).
 */
export interface TeamSection {
  readonly title: string;
  readonly topicPrefix: string;
  readonly description: string;
}

export const TEAM_SECTIONS: readonly TeamSection[] = [
  { title: 'Team IaaS', topicPrefix: 'Team IaaS', description: 'Infrastructure as a service: OpenStack, Ceph, the reference implementation' },
  { title: 'Team IAM & Security', topicPrefix: 'Team IAM & Security', description: 'Identity and access management, security' },
  { title: 'Team Ops', topicPrefix: 'Team Ops', description: 'Operations tooling: monitoring, status page, lifecycle' },
  { title: 'Team Container', topicPrefix: 'Team Container', description: 'Kubernetes as a service, cluster stacks' },
  { title: 'SIG Documentation', topicPrefix: 'SIG Documentation', description: 'Special interest group: documentation' },
  { title: 'SIG Community', topicPrefix: 'SIG Community', description: 'Special interest group: community' },
  { title: 'SIG Standardization and Certification', topicPrefix: 'SIG Std/Cert', description: 'Special interest group: standards and certification' },
  { title: 'General Topics', topicPrefix: 'General', description: 'Project announcements, visibility & adoption, events' },
  { title: 'Publicity', topicPrefix: 'Publicity', description: 'Articles, talks and posts about SCS' },
  { title: 'Events', topicPrefix: 'Events', description: 'Upcoming events and what happened at past ones' },
  { title: 'Docs, docs, docs', topicPrefix: 'Docs', description: 'Call to document what you work on' },
];

/** The topic-slide prefix for a section heading: the table's short form, else the heading itself. */
export function topicPrefixFor(title: string): string {
  const hit = TEAM_SECTIONS.find((t) => t.title.toLowerCase() === title.trim().toLowerCase());
  return hit ? hit.topicPrefix : title.trim();
}
