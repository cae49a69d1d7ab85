/**
 * How long a lesson link is, against the places it has to go: a QR code on the classroom board
 * (at most about 2,900 bytes, and a link is written in bytes), a chat message (some chat apps
 * cut links past about 2,000 characters) and Close Read itself (`MAX_LINK_LENGTH`). Past the
 * first two, the teacher is offered the lesson as a file to attach instead.
 */
import { MAX_LINK_LENGTH } from './lesson-link';

export const LINK_LIMITS = {
	/** Characters some chat apps keep of a link. */
	chat: 2000,
	/** Bytes of a QR code at its largest (version 40, low error correction). */
	qrCode: 2900,
	/** Characters Close Read opens. */
	open: MAX_LINK_LENGTH
} as const;

export interface LinkLength {
	/** The whole link's length, in characters (all of them ASCII, so bytes too). */
	length: number;
	limits: typeof LINK_LIMITS;
	fitsChat: boolean;
	fitsQrCode: boolean;
	/** Whether the link opens at all; when not, only the file can carry the lesson. */
	opens: boolean;
	/** Whether to offer the lesson as a file: the link is too long for a QR code or a chat. */
	offerFile: boolean;
	/** The length and what it means, in the teacher's words. */
	message: string;
}

const count = (n: number) => n.toLocaleString('en');

export function linkLength(link: string): LinkLength {
	const length = link.length;
	const fitsChat = length <= LINK_LIMITS.chat;
	const fitsQrCode = length <= LINK_LIMITS.qrCode;
	const opens = length <= LINK_LIMITS.open;
	const said = `The link is ${count(length)} characters long`;
	const message = fitsChat
		? `${said}: short enough for a chat message or a QR code (chat apps keep about ${count(LINK_LIMITS.chat)}).`
		: fitsQrCode
			? `${said}: fine in an email or a QR code, but some chat apps cut links longer than ${count(LINK_LIMITS.chat)} characters. For a chat, send the lesson file instead.`
			: opens
				? `${said}: too long for a QR code (${count(LINK_LIMITS.qrCode)} at most) or a chat message (about ${count(LINK_LIMITS.chat)}). Send it by email, or give students the lesson file to open instead.`
				: `${said}, more than Close Read opens (${count(LINK_LIMITS.open)}). Give students the lesson file to open instead, or choose fewer questions.`;
	return {
		length,
		limits: LINK_LIMITS,
		fitsChat,
		fitsQrCode,
		opens,
		offerFile: !fitsChat,
		message
	};
}
