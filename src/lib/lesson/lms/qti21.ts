/**
 * QTI 2.1 content packages (Canvas, Blackboard, most LMSs): see qti-package.ts for the package
 * and qti-item.ts for how each question type becomes an item.
 */
import type { CanonicalBank } from '../../server/canonical';
import { toQtiPackage, type QtiPackage, type QtiVersion } from './qti-package';

export const QTI_21: QtiVersion = {
	itemNamespace: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
	itemSchemaLocation: 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
	manifestNamespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
	manifestSchemaLocation: 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd',
	schema: 'QTIv2.1 Package',
	schemaVersion: '1.0.0',
	itemResourceType: 'imsqti_item_xmlv2p1',
	testResourceType: 'imsqti_test_xmlv2p1',
	template: (name) => `http://www.imsglobal.org/question/qti_v2p1/rptemplates/${name}`,
	// The items are built in QTI 2.1's names already.
	rename: (element) => element
};

export function toQti21Package(bank: CanonicalBank, questionIds?: readonly string[]): QtiPackage {
	return toQtiPackage(bank, questionIds, QTI_21);
}
