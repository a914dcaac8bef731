//! Which Matrix rooms may carry what is one person's alone: their notifications, a
//! helper's replies, a peer's contact, `/mydata`. Member count is no proof: anyone may open
//! a public room with the bot and a user, and others may join it later.

use matrix_sdk::ruma::events::room::history_visibility::HistoryVisibility;
use matrix_sdk::ruma::events::room::join_rules::JoinRule;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::UserId;
use matrix_sdk::room::RoomMember;
use matrix_sdk::{Room, RoomMemberships, RoomState};

/// Whether `room` is `person`'s private room with the bot (`own`): joined, `person` joined
/// or invited, invite-only, its history not readable by the world, and nobody but the two
/// ever in its member list (invited, joined, left or banned). Checked again before each private delivery: a room
/// stops being private the moment a third person is invited or its rules are opened.
pub(crate) async fn is_private_with(room: &Room, own: &UserId, person: &UserId) -> matrix_sdk::Result<bool> {
    if room.state() != RoomState::Joined || !matches!(room.join_rule(), Some(JoinRule::Invite | JoinRule::Private)) {
        return Ok(false);
    }
    if room.history_visibility_or_default() == HistoryVisibility::WorldReadable {
        return Ok(false);
    }
    let members = room.members(RoomMemberships::all()).await?;
    let present = |m: &RoomMember| m.user_id() == person && matches!(m.membership(), MembershipState::Join | MembershipState::Invite);
    Ok(members.iter().any(present) && members.iter().all(|m| m.user_id() == own || m.user_id() == person))
}
