"""probe247 corpus notes, A08-A14 (neurosurgery and spine clinic, plus the clinics around it; all invented)."""

A08 = {"patient_id": "A08", "age": 70, "sex": "M", "notes": [
("2019-05-28", "Neurosurgery Consult", """
NEUROSURGERY CONSULT - ED / Trauma bay 3
70M fell ~8 ft off a ladder on Memorial Day (5/27/19) while clearing
gutters, landed on his back and R side. Neck pain, no arm or leg sx.
CT C-spine: nondisplaced fx through the R C6 lamina and superior articular
process, no listhesis; CTA neck neg. MRI: cord normal, PLL intact.
Exam: GCS 15. Full strength C5-T1 and L2-S1, SILT, Hoffmann neg.
Abrasions R forearm and elbow.
PMH: mechanical AVR (2008) - warfarin, INR 3.1 at arrival; HTN; BPH.
Creat 0.9, eGFR >60. Not diabetic.
BMI 24.3.
A/P: stable C6 fx, nonoperative. Aspen collar put on in the ED 5/27 - on at
all times incl. sleep x 8-10 wk, off only for hygiene lying flat.
Upright films in 2 wk. Warfarin continues (valve).
"""),
("2019-06-25", "Neurosurgery Clinic Follow-up", """
Neurosurgery Clinic - 4 wk f/u, C6 fx
Neck pain 2/10. Wearing the collar as told.
Since June 20 his wife has been watching a dark, extremely tender patch
at the nape, underneath the collar.
Exam: posterior neck just L of midline, where the lower margin of the
collar's back pad rests: 3x2cm retiform purpuric plaque, dusky nearly-black
centre; faint livedo fanning toward the L trapezius. Dry.
Neuro intact. Flex/ext films: no motion at C5-6 or C6-7.
A/P: fx stable. Skin lesion beneath the collar in an anticoagulated pt -
pressure injury vs something vascular. New collar pads, foam relief
cut out around the lesion. Derm to biopsy this wk; wound RN teaching.
"""),
("2019-07-02", "Dermatology Consult", """
DERMATOLOGY
Punch bx, posterior neck, 6/27/2019: dermal + subcutaneous microvessels
with crusted mural calcium, intimal proliferation, fibrin thrombi; VK +. No
vasculitic change.
Dx: non-uremic calciphylaxis, L posterior neck, onset 6/20/19.
Kidneys normal (creat 0.9); mineral labs unremarkable - PTH 58, calcium
9.4, PO4 3.6.
Probably warfarin-driven; the lesion came up exactly under the pressure
of his cervical collar, worn around the clock since 5/27.
Cardiology: mechanical valve - warfarin cannot stop, INR goal nudged down
to 2.5-3.0. IV STS 25 g to start, given thrice weekly at the
Birchfield infusion suite; vitamin K2 trial. Orthotics to pad/offload the collar.
"""),
]}

A09 = {"patient_id": "A09", "age": 66, "sex": "M", "notes": [
("2023-02-14", "Spine Clinic New Patient", """
SPINE CLINIC NEW PATIENT
66M, R leg pain x 6 wks, since New Year's. Pain R buttock -> lateral thigh
-> dorsum of foot. Three times a day he sits on a frozen-peas bag under the
R buttock and drapes a second one over his R hamstring area.
PMH: ESRD (Kessler Ave unit, MWF chair 9); DM2 on insulin -
degludec, injects abdomen; HTN; PVD. No anticoagulants.
Exam: R EHL 4/5, decreased LT in R L5 dermatome, SLR + R at 45 deg. L leg
normal. Skin of back/buttocks intact.
BMI 35.2.
MRI: R L4-5 subarticular recess stenosis from disc-osteophyte, R L5 root
compressed.
Plan: R L4-5 TFESI on 3/7; gabapentin 100 mg after HD; PT referral.
"""),
("2023-03-21", "Nephrology HD Note", """
NEPHROLOGY - HD round
Chair 4. ~10 days of an exquisitely sore new lump, L buttock, hard.
He points out it's the side he never ices - the sciatica and the ice
packs are all on the right. The R TFESI on 3/7 helped.
Exam: L buttock, upper inner quadrant: 4cm violaceous induration, border
of livedo racemosa, no eschar yet. R buttock: normal skin.
Monthly labs: corrected Ca 9.8; phosphorus 7.6; iPTH 1210.
A/P: suspicion for calciphylaxis. Derm punch bx requested. Stop calcitriol,
more sevelamer, cinacalcet 60. Check albumin; INR not needed (no
warfarin).
"""),
("2023-04-04", "Dermatology Consult", """
DERMATOLOGY CONSULT
L buttock plaque - bx results.
Punch bx (3/24/2023, L buttock): calcified media and thrombus in small
subcutaneous arterioles, septal fat necrosis - calciphylaxis confirmed.
Exam: lesion now 5cm, eschar starting centrally. The R buttock, where he
has been applying ice for the sciatica, remains normal. Abdomen (insulin
sites) without nodules or livedo.
He recalls nothing - no knock, no shot, no pressure - on the L buttock
before it started.
Plan: thiosulfate with each dialysis, cadexomer iodine + foam, an
offloading cushion, analgesia. RTC 2 wks. BMI 35.2.
"""),
]}

A10 = {"patient_id": "A10", "age": 58, "sex": "F", "notes": [
("2022-09-20", "Spine Clinic Post-op Visit", """
SPINE CLINIC   6-wk post-op
58F s/p L4-S1 TLIF 08/09/2022. Back pain improving, L leg sx resolved.
Incision healed, no drainage. Hardware unchanged on xray.
Also reports a painful "bruise" on the R inner thigh that appeared around
Labor Day. Doesn't recall bumping it; nothing was injected there and no
heat or cold had been used on it beforehand.
Exam: R medial thigh - firm violaceous 4cm plaque edged by livedo,
very tender.
PMH: ESRD, nightly CCPD since 2020; HTN; atrial flutter - warfarin until
Jan 2022, then changed over to apixaban. Not diabetic.
Ht 157 cm, wt 109 kg, BMI 44.1.
A/P: post-op doing well, start PT. Thigh lesion worrisome for
calciphylaxis - derm referral, message to the PD nurses.
"""),
("2022-10-11", "Dermatology Consult", """
DERMATOLOGY
Punch bx R medial thigh 9/29/22: medial calcification in subcutaneous
arterioles, fibrin thrombi, lobular necrosis => calciphylaxis.
Interval hx: after the biopsy she began warming the sore R thigh
with an electric pad, swapping to ice packs this past week; hydrocolloid over
the bx site as well.
Exam: R medial thigh plaque now 7x5cm, 2cm eschar in the middle.
Imp: calciphylaxis R thigh, worsening.
Plan: no more heat or ice on the lesion; nonadherent foam in place of the
hydrocolloid; STS per PD nephrology; pain control. Apixaban ok to continue.
"""),
("2022-11-15", "PD Clinic Note", """
PD Clinic
58F on CCPD, 5 cycles nightly, icodextrin day dwell.
Fell on 11/02/2022 stepping out of her car, landed on her R hip/thigh;
big yellow-green bruise now across the R lateral thigh.
Calciphylaxis R medial thigh: unchanged at 7x5cm, eschar softening, no
new lesions elsewhere. Pain 5/10.
STS 25 g IV TIW at the infusion center since 10/14 - tolerating it,
some nausea.
Chemistries: phos 5.4 (down), Ca 9.1, PTH 620.
Plan: continue STS, sevelamer, cinacalcet. Fall precautions; home PT
to check the house for hazards.
"""),
]}

A11 = {"patient_id": "A11", "age": 60, "sex": "F", "notes": [
("2024-03-19", "Nephrology HD Rounding Note", """
HD ROUNDING NOTE
60F, lupus nephritis -> ESRD. Dialysis M/W/F for now through a tunneled right IJ
permcath; fistula still maturing.
New: painful mottling and 2 firm dark nodules on the L lower pannus, noticed
~1 wk ago.
Hx: not diabetic, gets no subcutaneous shots whatsoever; heparin only goes
into the HD circuit. Denies heating pad, ice, tight garments, belts, or
any knock to the belly.
On warfarin for recurrent PE (INR 2.6).
Exam: L lower abdominal pannus: indurated violaceous nodules, 1.5cm and
2cm, inside a net of livedo racemosa. No ulceration.
Wt 101 kg, BMI 37.4.
A/P: r/o calciphylaxis - deep punch bx by derm. Hold calcitriol,
check Ca/Phos/PTH.
"""),
("2024-04-02", "Dermatology Consult", """
DERMATOLOGY CONSULT
Deep punch bx L lower pannus 3/22/2024: clotted, calcium-encrusted
arterioles (small) deep in the panniculus; fat necrosis. Dx: calciphylaxis.
The nodules have since ulcerated (1cm ulcer w/ eschar).
Recs:
- avoid injecting into the abdomen; if anticoagulation ever has to be
  bridged, heparin should not be given SC into the belly
- no adhesive tape on the pannus; silicone-border foam only
- consider changing warfarin to apixaban (discuss w/ hematology)
- STS per nephrology
Asked again today, she insists nothing had injured that skin before
the nodules came up.
"""),
("2024-05-07", "Spine Clinic", """
SPINE CLINIC
60F, L4-5 degenerative spondylolisthesis gr I with stenosis, neurogenic
claudication at 2 blocks. Candidate for L4-5 decompression and fusion.
Active calciphylaxis, L lower abdomen, proven on biopsy in 3/2024 - ulcer
dressed, on STS.
Discussion: surgery postponed until the wounds heal. If we go ahead,
DVT ppx would be SCDs only - no enoxaparin. She asked if a lumbar
brace would rub her belly; none has been fitted and we would avoid one.
Exam: 5/5 BLE, SILT.
Weight stable; BMI has run 35-38 over the past year, 36.9 today.
Warfarin changed to apixaban by hematology 4/15.
Plan: PT for core and flexion work, f/u 3 months.
"""),
]}

A12 = {"patient_id": "A12", "age": 73, "sex": "M", "notes": [
("2023-08-02", "Neurosurgery Procedure Note - Lumbar Drain", """
NEUROSURGERY PROCEDURE NOTE - lumbar drain placement
Date: 08/02/2023
73M POD1 s/p L3-4 laminectomy (8/1) complicated by incidental durotomy,
primarily repaired; now clear fluid from the incision.
Procedure: R lateral decubitus. Skin at L4-5 prepped w/ chlorhexidine,
draped, lidocaine 1%. 14G Tuohy at L4-5 midline, clear CSF on first pass,
catheter threaded 10 cm, secured w/ silk suture and Tegaderm, tubing
taped up the R paraspinal back to the shoulder.
Drain set at 10 mL/h. HOB 30 deg.
PMH: ESRD (dialysis at Oakmere, Tue/Thu/Sat); DM2 on linagliptin,
never required insulin; HTN; CHF. No anticoagulation. BMI 27.0.
Plan: drain x 4-5 d; SQ heparin held; SCDs.
"""),
("2023-08-29", "Neurosurgery Clinic Wound Check", """
NSGY CLINIC - post-op wound check
Lumbar drain pulled 8/6, no further leak. Incision dry, healed.
Drain entry site at L4-5 healed with a tiny scab; skin along the old tape
track on the R back normal.
New: since 08/21/2023, a sore, firm purple area at the upper outer R
buttock; he assumed it was a bruise, though he has had no falls or bumps.
Exam: R upper outer gluteal region - 5x4cm indurated violaceous plaque,
1cm eschar at its centre; it sits roughly 8cm inferolateral to the drain site.
Labs from HD: Phos 8.0, PTH 950.
A/P: HD pt, possible calciphylaxis - derm consult; wound RN.
"""),
("2023-09-12", "Dermatology Consult", """
DERMATOLOGY CONSULT
R buttock lesion, onset 8/21/23.
Punch bx 2023-09-01 (R buttock): calciphylaxis - subcutaneous vessel walls laden
with calcium, luminal clot; necrotic fat.
Exam: R upper outer buttock plaque 6x4cm, eschar 2cm. The lumbar drain
entry site and the tape track on the R low back are fully healed and
uninvolved; the lesion sits on the buttock, apart from both.
Imp: calciphylaxis, R buttock; nothing injured that skin beforehand.
Plan: thiosulfate at dialysis, dressings per wound RN, a pressure-
redistribution cushion, PTH management per renal. Pateint and wife given
written wound instructions.
"""),
]}

A13 = {"patient_id": "A13", "age": 52, "sex": "F", "notes": [
("2025-08-12", "Neurosurgery Procedure Note - Halo Application", """
Neurosurgery procedure note: halo vest application
52F, MVC 8/10/2025 (restrained driver), type II odontoid fx with 4 mm
displacement; not an operative candidate today (hyperkalemia, needs HD).
Halo: ring sized; pin sites marked 1 cm above the lateral third of the
eyebrows and posterolaterally; lidocaine; 4 pins torqued to 8 in-lb
in sequence; vest fitted. Post-application CT: alignment improved.
Other injuries: seatbelt abrasion across the L chest/shoulder.
PMH: ESRD - Sunnyvale Renal, MWF first shift; T1DM using a t:slim pump whose sets go
in the abdomen; gastroparesis. No anticoagulants.
BMI 23.5.
Plan: retorque pins at 24-48 h; pin care BID with NS; halo clinic in 4 wk.
"""),
("2025-09-09", "Halo Clinic Note", """
HALO CLINIC - pin site check
4 wks in the halo. Neck pain minimal. No dysphagia.
Afebrile, WBC 8.1.
R anterior pin: 1 cm of erythema, purulent crust, small 6 mm ulcer around
the pin; pin loose on torque check. Other 3 pins clean.
Vest liner: no pressure areas, skin under the vest intact.
Neuro: intact, grip 5/5.
A/P: R anterior pin-site infection - culture sent, cephalexin 500 mg
q12h (renally dosed), pin retorqued, pin care TID. CT C-spine at next visit.
"""),
("2025-10-07", "Nephrology HD Note", """
Nephrology HD note
52F in a halo for odontoid fx. Since about 9/28 her inner thighs have hurt
badly, with hard purple patches on both sides.
Nothing has hit her thighs, nothing is injected there (pump sets only in
the abdomen), no heat/cold packs, no snug clothing.
Exam: medial thighs, both: retiform purpura over indurated plaques,
6cm on the L and 4cm on the R, not ulcerated. Pin sites: R anterior one healing.
Today's chem: PTH 1480 / phos 8.6 / calcium 10.4 (alb 2.9).
A/P: suspected calciphylaxis of both thighs - derm bx; stop calcium
binder, start cinacalcet; dietitian.
"""),
("2025-10-21", "Dermatology Consult", """
DERMATOLOGY CONSULT
Punch bx L medial thigh, 2025-10-10: calciphylaxis (subcutaneous
arterioles carrying calcium, thrombi, VK +).
Thighs: plaques enlarging, early eschar on the L.
Other skin: the R anterior halo pin-site ulcer is a bacterial pin-site
infection, improving on cephalexin - clinically not calciphylaxis. Seatbelt
abrasion on the L chest healed. Abdominal pump sites clear.
Dx: calciphylaxis of both thighs; no trauma ever touched those sites.
Plan: 25 g IV STS tacked onto the end of every HD session, local wound care,
analgesia, parathyroid surgery evaluation.
"""),
]}

A14 = {"patient_id": "A14", "age": 69, "sex": "M", "notes": [
("2021-04-13", "Spine Clinic New Patient", """
SPINE CLINIC - NEW
69M, R C6 radiculopathy x 2 mo: neck pain radiating to the R thumb, weak grip.
MRI C-spine: C5-6 R foraminal stenosis from uncovertebral spurring.
PMH: ESRD, on HD since 2014 (L brachial fistula); DM2, insulin; HTN.
Abdominal-wall calciphylaxis in 2017 at his insulin injection sites,
healed by 2018 after STS; he has rotated his insulin to the posterior
upper arms ever since. Never on warfarin.
Exam: R biceps/wrist ext 4/5, decreased R brachioradialis reflex, Spurling +
on R. Healed atrophic scars on the lower abdomen. BMI 30.0.
Plan: R C5-6 TFESI vs C7-T1 ILESI; PT with cervical traction.
"""),
("2021-05-18", "Nephrology Progress Note", """
Nephrology
HD MWF, Kt/V 1.35, EDW 92 kg.
New since mid-April: burning shins, both sides, dark patches that have now
opened in two places. Pt denies any trauma, bumps, compression stockings,
or applying heat/cold to his legs.
Exam: anterior shins bilat: livedo racemosa, R shin 3cm ulcer with eschar,
L shin 2cm necrotic plaque. Pedal pulses 1+.
Chem panel: PO4 7.4, Ca 9.7, PTH 1320.
Hx of calciphylaxis 2017 (abdomen, resolved).
A/P: concern for recurrent calciphylaxis - derm bx, empiric STS with
dialysis, binder switched to a calcium-free one.
"""),
("2021-06-01", "Dermatology Consult", """
DERMATOLOGY
Punch bx R shin 5/21/21: arteriolar medial calcium, thrombi, septal
panniculitis, VK positive = recurrent calciphylaxis, this time on both
anterior lower legs.
The 2017 episode was on the abdominal wall at insulin sites and remains
healed; no current abdominal or arm lesions.
No trauma preceded the shin lesions; he is adamant he has not knocked his
shins, and he wears no stockings or wraps.
Plan: continue STS, wound care (calcium alginate, kerlix, no compression),
vascular surgery for arterial duplex, pain mgmt, podiatry for nail care
only.
BMI 30.0.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
