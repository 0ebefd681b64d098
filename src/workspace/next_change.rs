//! How this device's next change is built so that it stands on every change
//! before it, however fast the taps come and in however many tabs.
//!
//! An edit is kept as what it means ("set a1-01 to 达标"), an [`Edit`], and
//! is built into a record only when its turn comes, inside the storage
//! write that keeps it (the app's queue, `app::commands::saving`, runs one
//! write at a time). By then the tab's earlier edits are applied, committed
//! or refused. Another tab of the same browser is the same device: the
//! write reads the device's counter stored with the records (the highest
//! `seq` handed out so far) and, when that tab went ahead, the edited
//! community's records, all in the write's own transaction, and builds on
//! them ([`Workspace::catch_up`]). The browser runs the write transactions
//! of one database one after another, so no two tabs see the same counter.
//! Once a workspace knows the counter, its writes need not read it first:
//! each claims its `seq` in the database, and a claim another tab made
//! already refuses the write, which then reads and builds again.

use std::rc::Rc;

use super::{Stamp, Workspace};
use crate::assessment::{AssessmentError, Change, Inspection};

/// An edit waiting for its turn: builds its record on the workspace as it
/// is then; `Ok(None)` when it changes nothing by then. It may run more
/// than once (once at the tap, to refuse bad input at once, and again when
/// stored), so it must not have effects of its own.
pub type Edit = Rc<dyn Fn(&Workspace, Stamp) -> Result<Option<Change>, AssessmentError>>;

/// What a write read from storage before building.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredNews {
    /// The highest counter this device has handed out, as stored.
    pub taken: u64,
    /// The edited community's stored records, read only when another tab
    /// went ahead of this one ([`Workspace::is_behind`]).
    pub records: Option<(Vec<Change>, Vec<Inspection>)>,
}

impl Workspace {
    /// Whether storage's counter shows records of this device that this
    /// workspace has not seen: another tab made them.
    pub fn is_behind(&self, taken: u64) -> bool {
        taken >= self.next_seq()
    }

    /// Whether this workspace has read the device's stored counter: until
    /// it has, its own records may not show every `seq` the device used
    /// (another community's, or another tab's).
    pub fn knows_counter(&self) -> bool {
        self.counter_known
    }

    /// Takes in what a write read, so the record built next follows it:
    /// the other tab's records of the community, and every counter up to
    /// `taken` as used (the other tab may have edited another community).
    pub fn catch_up(&mut self, news: StoredNews) {
        self.counter_known = true;
        if let Some((changes, inspections)) = news.records {
            self.records.insert_stored(changes, inspections);
        }
        let device_id = self.device_id.clone();
        self.records.reserve_seq(&device_id, news.taken);
    }
}
