"""probe247 corpus notes, A01-A07 (neurosurgery and spine clinic, plus the clinics around it; all invented)."""

A01 = {"patient_id": "A01", "age": 68, "sex": "M", "notes": [
("2022-03-05", "Neurosurgery Progress Note", """
NSGY PROGRESS NOTE   POD #1
68 y/o M s/p L3-L5 decompressive laminectomy and posterolateral
fusion (pedicle screws) on 03/04/2022, Dr. Amadi-Forsythe.

S: Incisional pain 5/10, PCA weaned overnite. Sat EOB with PT
this am. No new leg numbness, weakness, or saddle sx reported.

O: Afebrile, HR 84, BP 151/77. Midline lumbar wound under skin glue,
c/d/i. Hemovac 90cc/8h serosang.
BLE 5/5 IP/Q/TA/EHL/GS, SILT L2-S1, no clonus.
PMH: ESRD (Dr. Quist's unit, Mon/Wed/Fri, R brachiocephalic fistula);
DM2, glargine self-injected into both thighs; HTN; OSA w/ CPAP. Takes no
blood thinner at home. Wt 104kg, BMI 33.1.

A/P: POD1, neuro exam stable.
- DVT ppx: enoxaparin 30mg SC q24h, first dose 3/4/22 PM, nursing
  giving it low on the abdomen, alternating L and R; SCDs in bed
- HD tmrw per renal
- pull Hemovac when output <50cc/shift
- OOB TID, no brace
"""),
("2022-03-08", "Neurosurgery Discharge Summary", """
DISCHARGE SUMMARY - Neurosurgery, 6 West
Admit 3/4/2022    Discharge 3/8/2022
Procedure: L3-5 laminectomy / PLF with instrumentation.
Course: uneventful. Hemovac out POD2. Independent with a rolling walker
by POD3. Dialyzed 3/6 without problems, K 4.8.
Wound intact under Dermabond, dry.
Discharge meds: enoxaparin 30mg SC daily to finish a 4-week course (wife
shown the technique for the belly, R one day and L the next), oxycodone
5mg q6h prn, senna, his own glargine/lispro, sevelamer 1600mg with each
meal, cinacalcet 30mg daily.
Instructions: nothing over 10 lb, no BLT, shower ok after 48h, no
baths/hot tubs. Phone us for fever, drainage from the wound, or new
weakness.
Back to spine clinic in 4 wks for wound check + standing films.
"""),
("2022-04-02", "Spine Clinic Post-op Visit", """
SPINE CLINIC - 4 WK POST-OP
Returns s/p L3-L5 lami/PLF. Back pain much improved, walking half a
mile. Leg sx resolved.
New complaint: exquisite pain from a purple patch, R lower belly; he
first saw it roughly 10 days ago. Wife gave the final
enoxaparin shot on 3/31; she says most of the recent ones went on the
right because his left side "kept bruising".
Exam: incision healed, no erythema. RLQ of abd: 6x4cm retiform violaceous
plaque, central 1.5cm black eschar, livedo reaching toward the flank,
exquisitely TTP. Not fluctuant.
Xrays: hardware intact, no lucency, alignment held.
A/P: 1) Healing well from surgery. 2) Necrotic abdominal wall
lesion in an ESRD pt, sitting on his injection sites - concerning for
calciphylaxis. Derm paged, seeing him today for punch bx. Renal aware.
"""),
("2022-04-08", "Dermatology Consult", """
DERMATOLOGY CONSULT - punch bx follow-up
Path (4/2/22, RLQ abdomen, two 6mm punches down to fat): small
arterioles w/ circumferential medial calcification, luminal
thrombi and lobular fat necrosis; calcium outlined on VK stain.
Dx: calciphylaxis, biopsy-proven.
Background: dialysis-dependent ESRD, DM2 on insulin, obesity. Onset ~3/23/22 in the right
lower quadrant, where his enoxaparin injections were concentrated.
Chem 4/1: phosphorus 7.9, corrected Ca 9.6, iPTH 1034, alb 3.1.
Exam: plaque has grown to 7x5cm, eschar the same; nothing on the thighs
(his glargine sites) or anywhere else.
Plan: IV thiosulfate, 25 grams, given with each HD run (renal ordering), drop
the calcium-containing binder, uptitrate cinacalcet, alginate + ABD pad
to the wound, abdominal injection sites off limits from now on. Pain service re
neuropathic pain.
Wt 103kg, BMI 32.8.
"""),
]}

A02 = {"patient_id": "A02", "age": 59, "sex": "F", "notes": [
("2021-06-22", "Spine Clinic New Patient", """
SPINE CENTER - NEW PT VISIT
59F sent over by Lakemont Regional ED. Fell off a step stool 6/9/21 and
came down on her buttocks. CT: T12 superior endplate compression fx,
~25% height loss, posterior wall intact, nothing retropulsed.
Outside orthotics form: custom TLSO fitted 14/06/2021, to be worn
any time she is more than 30 deg upright.
Pain 6/10 at the TL junction, no radicular sx, bowel/bladder normal.
PMH: IgA nephropathy -> ESRD, nightly cycler PD (PD cath exits R lower
abd); paroxysmal AF - takes warfarin, INR was 2.4 last wk; HTN; hypothyroidism on levothyroxine.
Not diabetic (A1c 5.2).
Exam: NAD, TLSO on and snug. Skin inspected along every brace edge: intact.
Motor 5/5 BLE, SILT, DTRs 2+ and symmetric.
Ht 162cm, wt 95kg, BMI 36.2.
Imp: stable T12 VCF.
Plan: TLSO 8-10 wk total, standing films in 4 wk, DEXA, Ca/vit D per renal.
"""),
("2021-07-27", "Spine Clinic Follow-up", """
SPINE CENTER F/U
T12 VCF, 7th week in the TLSO.
She describes a burning, dark sore on her left side exactly under the brace's
bottom rim, since early July. Has worn the TLSO ~16 h/d; when she
sits the shell digs into her L side.
Exam: L flank, ~4cm above the iliac crest: 5x3cm stellate purpuric
plaque, central eschar, livedo around it, following the inferior lateral
trim line of the TLSO. Exquisitly tender. Dry.
Wt 94.6kg.
Xray: T12 wedging no different from 6/22.
A/P: Fx stable. Skin lesion under the brace, PD pt, anticoagulated w/ warfarin -
ddx pressure injury vs calciphylaxis. Orthotist trimming/padding the L flank
edge today. Derm urgently for bx. INR check.
"""),
("2021-08-05", "Dermatology Consult", """
DERM CONSULT
Referred by Spine re: L flank ulcer.
Incisional wedge bx, L flank (07/29/2021): mural calcium in small and
mid-sized subcutaneous vessels, intimal fibroplasia, thrombi,
septal fat necrosis. VK stain +.
Assessment: CALCIPHYLAXIS of the L flank, which began where the TLSO edge
had been pressing for weeks. Risks: PD-dependent ESRD, warfarin, obesity.
Discussed w/ nephrology (Dr. Varga) and cardiology: warfarin is to be
swapped for apixaban; add IV STS thrice weekly; phos goal <5.5.
Wound: no hydrocolloid; bordered foam + barrier film; brace edge kept off
the wound. Analgesia per PCP. RTC 2 wk.
"""),
]}

A03 = {"patient_id": "A03", "age": 71, "sex": "M", "notes": [
("2020-06-09", "Spine and Pain Clinic New Consult", """
Spine & Pain Clinic - New Consult
CC: L buttock and leg pain.
HPI: 71 yo M, pain began Memorial Day (5/25) while shoveling mulch; sharp,
shooting from the L buttock into posterior thigh, calf, then lateral foot. Ever since, a
gel ice pack goes on the L buttock 3-4x/day - "only thing that
touches it." No weakness, no B/B sx.
PMH: ESRD (Riverbend Dialysis, Tue-Thu-Sat shift); diabetes type 2, diet
controlled (never on insulin); AF, ablated in 2015; warfarin discontinued after
that, ASA alone now. BPH.
Exam: SLR + on L at 40 deg, L ankle jerk absent, PF 5/5, SILT except
diminished lateral L foot. BMI 28.4.
MRI L-spine 6/2/20: L5-S1 L paracentral extrusion abutting the traversing L S1 root.
A/P: L S1 radiculopathy. Offer L S1 TFESI; PT (McKenzie); gabapentin
100mg qHS, renally dosed.
"""),
("2020-06-30", "Procedure Note - Transforaminal ESI", """
PROCEDURE: Left S1 transforaminal epidural steroid injection, fluoro guided
Date: 06/30/2020
Indication: L S1 radiculopathy x 5 wk, failed PT and meds.
Consent, time-out. Prone. L low back and upper sacral skin prepped with
chlorhexidine x3, sterile drape. Skin wheal 1% lido.
22G 3.5in spinal needle walked into the L S1 foramen on AP/lat views.
Omnipaque 180, 1mL: epidural flow along the S1 root, no vascular uptake.
Injected dexamethasone 10mg + 1mL 1% lido. Band-aid.
EBL nil. No complications. VAS 7 -> 3 post.
Incidental: pt pointed out a firm, sore purplish spot on his L upper
buttock, lateral to our field; left alone. Told him to show it to his
nephrologist at dialysis this week.
D/c home w/ driver.
"""),
("2020-07-14", "Nephrology Progress Note (HD)", """
NEPHROLOGY - HD rounds, chair 12
71M ESRD (HTN/DM nephrosclerosis), HD Tue-Thu-Sat.
L buttock: indurated violaceous 3.5cm plaque capped by black eschar,
upper outer quadrant, began about 3 wks ago, right where he
has held the ice pack for his sciatica since late May.
Derm punch bx 7/10/2020: subcutaneous arterioles (small caliber)
showing medial calcium and occlusive thrombus, c/w calciphylaxis.
Today: PO4 7.1, Ca 10.2, PTH 890, alb 3.4.
Meds: calcium acetate two 667mg caps with meals, calcitriol.
Off warfarin since 2015.
A/P calciphylaxis L buttock:
- thiosulfate 25g infused IV in HD's closing hour
- d/c calcium acetate and calcitriol, sevelamer 800 TID instead
- cinacalcet 30 daily
- no more ice on that spot; wound care referral
EDW 82.5kg.
"""),
]}

A04 = {"patient_id": "A04", "age": 64, "sex": "M", "notes": [
("2024-01-19", "Neurosurgery Progress Note", """
Neurosurgery Progress Note - POD 3
s/p C3-C6 open-door laminoplasty 1/16/2024 for cervical myelopathy.
S: Hands "less clumsy". Neck sore. Failed voiding trial yesterday
(PVR 620) - Foley (first placed in the OR on 1/16) put back in, tamsulosin
started.
O: T 37.1. Posterior cervical incision c/d/i, JP out. Soft collar
for comfort only.
Motor: deltoid/biceps/triceps/grip 5-/5 bilat, improving. Hoffmann +
on R, hand sensation better.
PMH: ESRD (L radiocephalic AVF, dialysis Mondays/Wednesdays/Fridays); DM2 - glargine 18u +
lispro sliding scale, injects in the abdomn; CAD s/p PCI 2019. BMI 31.5.
A/P:
- Foley stays until POD5, repeat TOV then
- HD today per renal
- PT/OT, likely d/c to acute rehab
- insulin per endo, BG 140-210
"""),
("2024-02-06", "Urology Consult", """
UROLOGY CONSULT (Ridgefield Acute Rehab)
Reason: painful black spot on the penis.
HPI: 64M, HD-dependent ESRD and DM2 needing insulin, about three weeks out from
cervical laminoplasty. Foley in place 1/16 to 1/21 (two insertions). Since
January 30th the tip of the penis has turned dark and hurts a lot, worse
when he voids.
Exam: 1.5cm dry black eschar of the glans at the ventral meatus, running
onto the frenulum; dusky mottling of the distal shaft. No crepitus,
scrotum/perineum normal, no fluctuance.
CT pelvis (2/5): dense calcification of the penile and internal
pudendal arteries.
Impression: penile necrosis, most c/w penile calciphylaxis given
ESRD/DM after catheterization; Fournier's not favored.
Plan: no glans biopsy for now (risk of nonhealing); voiding on his own,
no SP tube needed. Will discuss with nephrology/derm.
"""),
("2024-02-14", "Nephrology Progress Note", """
Nephrology progress note
Penile calciphylaxis - clinical diagnosis agreed by urology and dermatology
(classic glans eschar + calcified penile vessels on CT); bx deferred.
Onset 1/30/24, two weeks after the Foley was first placed for his spine surgery.
Pain 7/10 despite oxycodone.
Chem: calcium 9.9, phosphorus 8.2, PTH 1120, CaxP product 81.
A/P:
1. Calciphylaxis - begin sodium thiosulfate 25g IV over the closing 30 min
of every HD; calcium carbonate out, lanthanum in; raise cinacalcet to 60mg;
parathyroidectomy referral to be considered.
2. ESRD - 3x/wk HD (Mon, Wed, Fri), EDW 96kg, Kt/V 1.3.
3. DM2 - glargine dose lowered, A1c 7.4.
"""),
]}

A05 = {"patient_id": "A05", "age": 55, "sex": "F", "notes": [
("2025-02-11", "Procedure Note - Trigger Point Injections", """
SPINE & MUSCULOSKELETAL PROCEDURE NOTE
DOS: 11-Feb-2025
Procedure: trigger point injections, lumbar paraspinals x 4
Indication: chronic axial LBP w/ myofascial pain; taut bands + local twitch
response bilat L2-L4 paraspinals; facet loading negative.
After informed consent, 4 points marked (2 R, 2 L), skin prepped w/
chlorhexidine. 25G 1.5" needle; 3mL of a 1:1 mix of lidocaine 1% and
bupivacaine 0.25% per point, fanned. No heme return. Pressure held,
band-aids on.
Pt tolerated well, pain 7 -> 3 at 15 min.
PMH: ESRD doing CAPD, four manual exchanges daily; LV thrombus 2019 treated w/ warfarin
for 12 mo (stopped 2020, none since); HTN; gout. No diabetes.
BMI 38.9.
D/c instructions: avoid strenuous activity 24h, resume HEP tomorrow,
f/u 6 wk.
"""),
("2025-03-18", "Peritoneal Dialysis Clinic Note", """
PERITONEAL DIALYSIS CLINIC - monthly visit
55F on CAPD. Bags clear, catheter exit healthy, tunnel nontender.
New: severe stabbing pain in her L lower back since March 3; she found two
hard dark spots there, "where the spine doctor put the needles."
Exam: L lumbar paraspinal skin: two 2-3cm stellate purpuric plaques, one
with a thin central eschar; livedo around them. R side clear.
Bloods drawn at visit - PTH 780, phosphate 6.8, Ca 10.1 (uncorrected);
alb 3.2. Clearance adequate on the Feb PET.
A/P: New painful necrotic plaques, pt on PD - calciphylaxis heads the
ddx. Urgent derm for punch bx. Hold calcium carbonate, start sevelamer.
Wt 100.8kg.
"""),
("2025-03-25", "Dermatology Consult", """
DERMATOLOGY
Consult for L low back plaques.
Exam: two tender stellate purpuric plaques w/ eschar on the L lumbar
paraspinal skin, 2.5 and 3cm, each centred on a healed puncture mark
from the lumbar trigger point injections of 2/11/25. The two R-sided
puncture points look unremarkable.
Punch bx (L, 3/20/25): calcium in small subcutaneous arteriolar walls,
fibrin thrombi, necrotic fat, VK + => calciphylaxis.
Assessment: L low back calciphylaxis, localized to needle trauma
sites (Koebner-type), onset 3/3/2025. Other risks: PD-dependent ESRD,
obesity, remote warfarin.
Plan: STS via nephrology, gentle wound care (petrolatum gauze, foam),
no more injections into that area, pain control, photos in chart.
BMI 38.9.
"""),
]}

A06 = {"patient_id": "A06", "age": 77, "sex": "F", "notes": [
("2020-10-06", "Spine Clinic Follow-up", """
SPINE CLINIC F/U - lumbar stenosis
77F, L3-4 & L4-5 central stenosis w/ neurogenic claudication; walking
tolerance ~1 block, better leaning on a shopping cart. Night cramps in both
calves; lately she props a rubber hot-water bottle under her calves at
bedtime.
Has worn compression hose (knee-high, 20-30mmHg) on both legs every
day since 2019 for ankle edema.
PMH: ESRD, hemodialysis at Eastgate on Tu/Th/Sa afternoons; T2DM controlled by
linagliptin alone, no insulin; AF for which she takes apixaban (warfarin
never prescribed). OA knees.
Exam: gait slow, forward flexed. Strength 5/5 BLE. DP pulses faint.
Legs: 1+ pitting edema, skin intact. BMI 29.6 (overweight).
Plan: L4-5 interlaminar ESI; PT for a flexion-based program; talked about
laminectomy if she fails this.
"""),
("2020-10-27", "Procedure Note - Interlaminar ESI", """
PROCEDURE NOTE 10/27/20
L4-5 interlaminar epidural steroid injection, fluoroscopic guidance
Pre-procedure: apixaban held x 3 days (cleared by cardiology). Consent,
time-out. Prone, pillow under the abdomen. Midline lumbar skin
prepped and draped.
Local: 1% lido 3mL. 20G Tuohy, loss of resistance to saline at L4-5,
contrast (Omnipaque 240, 2mL) spreading epidurally, no intrathecal or
vascular flow. Injected triamcinolone 80mg in 4mL NS.
No complications. Band-aid applied. Walked to recovery.
Discharge: resume apixaban tomorrow AM; call for fever, headache or
new weakness. F/u 4 wk.
"""),
("2021-01-12", "Wound Care Center Initial Visit", """
WOUND CARE CENTER - initial visit
77F on HD referred by nephrology for wounds on both calves.
Hx: daughter dates the first dark spots to Christmas. Pt admits that
since last fall she has kept her old rubber hot-water bottle tucked behind
both calves nearly every night (stenosis cramps). She also pulls on
knee-high compression hose each morning.
R posterior calf: 4.0x3.2cm, 100% black eschar, violaceous rim, livedo.
L posterior calf: 2.5x2.0cm necrotic plaque ringed by retiform purpura.
Pain 9/10 even to a feather touch. Pedal pulses dopplerable; ABI noncompressible.
Imp: necrotic calf ulcers in a dialysis pt - suspect calciphylaxis.
Plan: bx via derm; no more compression hose or hot water bottle;
collagenase along the eschar edges, foam dressing; legs elevated.
"""),
("2021-01-26", "Dermatology Note", """
Derm bx f/u
4mm punch, R calf, 01/14/2021: medial calcium deposits + thrombi within
small subcutaneous arterioles, necrotic fat; VK positive.
Dx: calciphylaxis, both posterior calves.
The distribution matches the hot water bottle's resting spot and lies inside
the hose-covered skin; nothing above the knees or on the trunk.
Plan discussed with Dr. Lindqvist (renal): thiosulfate 25g IV thrice
weekly alongside HD, sevelamer, cinacalcet; leave the hose off; no heat of any
kind. Pain: low-dose hydromorphone. RTC 3 wk.
BMI 29.6.
"""),
]}

A07 = {"patient_id": "A07", "age": 62, "sex": "F", "notes": [
("2023-10-05", "Spine Clinic Telephone Encounter", """
TELEPHONE ENCOUNTER - Spine Clinic RN
Pt 62F, s/p L4-5 microdiscectomy 9/12/23. Calling about a fall.
Tuesday 10/3 she slipped getting onto her shower chair and caught
her R thigh, outer side, on the chair's sharp metal edge and scraped it. Describes a small
abrasion, ~3cm, bled a little, now scabbed. Did not hit her back or
head. Denies new leg pain, numbness, weakness, bowel/bladder changes.
Incision: "looks fine, dry".
Advice: wash the abrasion w/ soap and water, petroleum jelly and a
cover, watch for redness/drainage/fever; use the grab bar and a nonslip mat.
Post-op appt confirmed for 11/7.
Routed to Dr. Pasternak FYI.
"""),
("2023-11-07", "Spine Clinic Post-op Visit", """
SPINE CLINIC - 8 WEEK POST-OP
R L4-5 microdiscectomy 9/12/23. R leg pain gone; mild LBP.
Incision healed, nontender.
New: hard, very sore purplish area over her R outer thigh, which she first
spotted 2 wks ago; center has gone black.
Exam (R lateral thigh): firm 7x5cm violaceous plaque, central 2cm
eschar, livedoid margin; no fluctuance or crepitus.
Neuro: 5/5, SILT, SLR neg.
PMH: ESRD, Mon/Wed/Fri dialysis chair at Harlan St.; DM2, insulin (Lantus/Humalog, abd injections);
OSA; obesity. Wt 118kg, BMI 42.0.
A/P: 1) Doing well post-discectomy, released to PT. 2) Necrotic thigh
plaque with ESRD + insulin + obesity: calciphylaxis concern - same-day derm
referral, nephrology notified.
"""),
("2023-11-21", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
R lateral thigh plaque (see spine note of 11/7).
Bx 2023-11-14 (R lateral thigh, incisional): walls of subcutaneous small
vessels calcified, intravascular thrombi, panniculitis; VK +.
DX: calciphylaxis (bx-proven).
Pt tearful, pain 8/10, sleeping poorly; husband helping with dressings.
Today's exam: 8x6cm, eschar 3cm, new satellite livedo inferiorly.
Abdomen (insulin sites) and L thigh clear.
Plan: STS alongside HD per renal, wound care (Xeroform, ABD, no compression
wrap), stop calcium-based binder, hyperbaric O2 referral to be considered,
pain control.
Wt 116.8kg, BMI 41.6.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
