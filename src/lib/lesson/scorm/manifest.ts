/**
 * imsmanifest.xml for a lesson package: one organization, one item, one SCO that launches the
 * lesson page, listing every file of the package. The lesson's pass mark is the mastery score
 * (1.2's adlcp:masteryscore; 2004's primary objective, satisfied by a normalized measure).
 */
import type { ScormVersion } from './interactions';

export interface ManifestInput {
	version: ScormVersion;
	/** Stable per lesson: the LMS tells a new upload of the same lesson by it. */
	identifier: string;
	title: string;
	/** Out of 100. */
	passMark: number;
	/** The page the LMS launches, relative to the package root. */
	launch: string;
	/** Every file in the package but the manifest, relative to its root. */
	files: readonly string[];
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** An XML identifier (xs:ID): a letter first, then letters, digits, '-', '_', '.'. */
export function xmlId(text: string): string {
	const cleaned = text.replace(/[^A-Za-z0-9_.-]/g, '-');
	return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
}

function fileList(files: readonly string[], indent: string): string {
	return files.map((file) => `${indent}<file href="${escapeXml(file)}"/>`).join('\n');
}

/** What the two SCORM editions write differently in the same manifest. */
interface Edition {
	/** The namespace attributes of <manifest>, one per line. */
	namespaces: string;
	schemaVersion: string;
	/** How the item states its pass mark. */
	passMark: (id: string, passMark: number) => string;
	/** 1.2 spells the attribute scormtype, 2004 scormType. */
	scormTypeAttribute: string;
}

const EDITIONS: Record<ScormVersion, Edition> = {
	scorm12: {
		namespaces: `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`,
		schemaVersion: '1.2',
		passMark: (_, passMark) => `<adlcp:masteryscore>${passMark}</adlcp:masteryscore>`,
		scormTypeAttribute: 'adlcp:scormtype'
	},
	scorm2004: {
		namespaces: `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"`,
		schemaVersion: '2004 4th Edition',
		passMark: (id, passMark) => `<imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`,
		scormTypeAttribute: 'adlcp:scormType'
	}
};

export function scormManifest({
	version,
	identifier,
	title,
	passMark,
	launch,
	files
}: ManifestInput): string {
	const edition = EDITIONS[version];
	const id = xmlId(identifier);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  ${edition.namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${edition.schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escapeXml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
        ${edition.passMark(id, passMark)}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" ${edition.scormTypeAttribute}="sco" href="${escapeXml(launch)}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
