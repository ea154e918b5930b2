"""probe211 corpus notes, A01-A07 (interventional pain clinic and the services around it; all invented)."""

A01 = {"patient_id": "A01", "age": 61, "sex": "F", "notes": [
("2022-03-08", "Pain Clinic Procedure Note", """
HOLLISTER VALLEY SPINE & PAIN -- PROCEDURE NOTE
DOS: 03/08/2022   Attending: M. Quarrie, MD

Procedure: trigger point injections x4, L lateral thigh (vastus lateralis / ITB region)
Indication: myofascial pain L lateral thigh, failed PT and stretching program.
Hx: 61 yo F, ESRD on HD TuThSa via R brachiocephalic AVF, DM2 on glargine 18u qhs,
obese (BMI 33.1). Not anticoagulated.

Consent signed, time-out completed. Chlorhexidine prep. Taut bands palpated and
4 pts marked in a vertical row along the L lateral thigh, mid-way between the
troch and the lateral knee. 25g 1.5in needle; 1 mL 1% lidocaine + 1 mL 0.25%
bupivacaine at each point (8 mL total). Local twitch at 3/4 points. Pressure held
at each point.
Tol well, no complications. VAS 7/10 pre -> 3/10 post.
VS 148/82, P 76, sat 97 on room air

Plan: HEP stretches, heat/ice not advised given HD. F/u 4 wks, may repeat q8-12wk prn.
"""),
("2022-04-05", "Pain Clinic Follow-up", """
F/U -- Hollister Valley Spine & Pain   4/5/22

S: Returns 4 wks after the L lateral thigh TPIs. Ache was better at first ("best two
weeks I've had in a year") but roughly a fortnight back a sore purple blotch
surfaced exactly where the shots went, now w/ a black middle. Burning 9/10, even bedsheet
contact is unbearable. Dialysis RN put gauze over it Sat.

O: BP 152/88, HR 84, afebrile.
L lateral mid-thigh: 5x3cm violaceous, indurated plaque, retiform margins, central
1.5 cm eschar, exquisitely tender. Two smaller dusky patches just above it, each
sitting on one of the marked injection points. No fluctuance, no streaking.

A/P: necrotic plaque at recent TPI sites, dialysis pt -- calciphylaxis feared;
ddx injection-site necrosis, early abscess.
- no further injections to this area
- urgent derm referral for biopsy; msg to nephro (Dr Okafor)
- gabapentin 100mg post-dialysis
"""),
("2022-04-12", "Dermatology Clinic Note", """
DERMATOLOGY   4/12/2022
CC: painful L thigh wound, biopsy results

HPI: 61F on HD, DM2 on insulin. Seen 4/8: 4mm punch, edge of L lateral thigh plaque.
Path: tiny subcutaneous vessels carry mural calcium; intima proliferated;
fat necrotic; von Kossa lights up the vessel walls. Interpretation: calciphylaxis.
Per pt the lesions began ~3/22/22 and arose at the sites of her 3/8 trigger point
injections -- the four-dot vertical pattern lines up with the needle marks.

Exam: L lateral thigh eschar now 5.5x3.5cm, livedo around it. Abdomen,
R thigh, buttocks and calves clear.
Labs 4/6: phos 7.1 (high), Ca 9.6, iPTH 612 (high), albumin 3.2

Impression: calciphylaxis (biopsy-proven) of the L lateral thigh, localized to injection sites.
Plan: thiosulfate at each dialysis (renal writing orders), wound care referral, stop
calcium-based binder. Wt stable, BMI 32.8 -- renal dietitian.
"""),
]}

A02 = {"patient_id": "A02", "age": 57, "sex": "M", "notes": [
("2023-01-10", "Pain Management Return Visit", """
PAIN MGMT RETURN VISIT        Jan 10 2023

57M w/ chronic axial LBP, L>R, facet arthropathy L4-S1 on MRI 2021.
ESRD on nightly CCPD (cycler); not diabetic. Warfarin (mechanical AVR, 2016) --
INR run by anticoag clinic, so medial branch blocks are on hold until a
bridging plan is agreed.
Regimen: acetaminophen 650 TID, duloxetine 30 daily, and since October he has been
sticking OTC adhesive heat wraps over his L low back daily -- "only thing that
lets me sleep", often keeps one on overnight.
VS: 138/79, pulse 70. BMI 27.4 (84kg)
Exam: TTP L lumbar paraspinals L4-5, facet loading reproduces pain on L. SLR negative
both sides, BLE strength full, DTRs 2+ and equal.
Plan:
1. continue APAP + duloxetine
2. coordinate INR hold w/ cardiology for L L4-5 / L5-S1 MBB
3. PT referral, core stabilization
RTC 6 wks
"""),
("2023-02-07", "Wound Center New Patient", """
Wound Center -- New Pt 2/7/23
Referred by PD nurse for a nonhealing wound, L lower back.
Hx: pt says the spot first got sore and went dark in mid-December and opened up
after New Year. ESRD on CCPD about 3 yrs. Warfarin (AVR).

Wound #1: L lower back, paraspinal, approx L3-4 level
  3.8x2.9x0.3cm; base: black adherent eschar ~70%, slough ~30%
  periwound: stellate violaceous purpura extending ~2 cm, indurated
  scant serous drainage, no odor; pain 8/10 at rest
Punch biopsy taken at the periwound margin today (consent on chart).

Assessment: necrotic ulcer L lower back -- pattern suspicious for calciphylaxis
given ESRD + warfarin.
Plan: await path. Hydrogel under a bordered foam; PD RN changes it every other day. Avoid lying flat on
hard surfaces. RTC 1 wk.
"""),
("2023-02-20", "Nephrology Home Dialysis Clinic", """
NEPHROLOGY / HOME DIALYSIS CLINIC     02/20/23
Path (2/7 punch): arteriolar medial calcification in dermis and subcutis,
luminal thrombi, positive calcium stain -> calcific uremic arteriolopathy.
Wound L lower back unchanged per wound RN, eschar intact.

PD: CCPD 5 cycles/night, 2.0 L fills, last Kt/V 1.9. Euvolemic on exam.
INR today 2.6. Phos 6.4 (up), Ca 9.9, iPTH 788, albumin 3.4 (1/30 draw)

A/P
# calciphylaxis, L low back -- start IV thiosulfate, given TIW as an outpatient
  infusion (PD pt, no HD access)
# warfarin -- mechanical valve, discussed w/ cardiology: no safe substitute, keep
  INR 2.0-2.5
# CKD-MBD -- calcium acetate -> sevelamer; cinacalcet 30 mg daily
BMI today 27.1 (83.5kg)
"""),
]}

A03 = {"patient_id": "A03", "age": 66, "sex": "F", "notes": [
("2021-08-19", "Pain Clinic Bracing Visit", """
Larchmont Pain Associates        8/19/21

Lumbar spinal stenosis w/ neurogenic claudication; not a surgical candidate
(cardiac risk, HD MWF). Declines ESI. Fitted today w/ a rigid LSO (off-the-shelf,
size XL) by the orthotist; to wear whenever up and walking. Because of body habitus
the anterior panel rides low across the pannus; orthotist trimmed ~1 cm, fit ok.

PMH: ESRD (HD); DM2, no meds -- controls it with diet (A1c 6.6); HTN; OSA on
CPAP.
Ht 5'3"  Wt 232 lb  BMI 41.2 -- class III obese.
Neuro: hip flexors 4+/5 bilat, sensation grossly intact, gait slow/flexed.
Skin: intact where the brace makes contact.

Plan: brace wear as tolerated, rolling walker for distance, PT referral.
F/u 6 wks.
"""),
("2021-10-05", "Pain Clinic Follow-up", """
Larchmont Pain Assoc -- f/u 10/05/2021

Pt has worn the LSO from morning to bedtime since the fitting, even sitting in her
recliner. 3 weeks ago a dark painful patch appeared on the lower belly, right
beneath the lower rim of the front panel. The center has gone black; it hurts
worse than her back ever did.

Exam: infraumbilical pannus -- 9 cm transverse band of retiform purpura w/ a
2x3cm central black eschar, in a line that matches the lower border of the
anterior brace panel. Surrounding skin woody, very tender.
BP 161/90  HR 88

A: new necrotic lesion under the brace edge in an HD pt -- worried this is
calciphylaxis rather than a simple pressure injury.
P: stop the brace. Same-week derm + wound referral. Called HD unit charge RN.
"""),
("2021-10-12", "Dermatology Inpatient Consult", """
DERM CONSULT -- inpt (admitted from HD for pain control)

Bx 10/8/21, two deep punches of the pannus: calcium encrusting subcutaneous
small-vessel walls, thrombi, septal panniculitis => CALCIPHYLAXIS.

The lower abdominal plaque occupies exactly the strip compressed by the front panel
of her lumbar brace; by her account it started about 9/14, roughly four weeks after
the LSO was fitted. Favor a pressure-triggered (Koebner-type) localization.
No lesions of thighs, buttocks or calves.
Meds: no warfarin; circuit heparin during HD only. No insulin, diet only.

Rec: STS with HD, switch to lanthanum, wound surgery eval re: debridement,
no binders or tight garments over the pannus, palliative care for pain.
"""),
]}

A04 = {"patient_id": "A04", "age": 70, "sex": "M", "notes": [
("2020-02-11", "Interventional Pain Operative Note", """
OPERATIVE NOTE -- INTERVENTIONAL PAIN
Date: 11-Feb-2020

Procedure: permanent spinal cord stimulator implant -- two percutaneous 8-contact
leads (tips T8 and T9) with IPG placement in the L upper buttock.
Indication: failed back surgery syndrome; 7-day trial gave >60% leg pain relief.
Anesthesia: MAC + local.
Details: prone, prepped/draped. 4 cm midline incision at T12-L1 for anchors.
Separate 5 cm horizontal incision in the L upper buttock below the iliac crest,
subcutaneous pocket by blunt dissection, leads tunneled, IPG seated, impedances
within range. Layers closed: Vicryl 3-0 deep, Monocryl 4-0 subcuticular, skin glue.
Blood loss trivial. Uncomplicated.

70M, ESRD on HD (TTS), non-diabetic. Took warfarin until 2018 for a DVT, now
apixaban, held 3 days pre-op. BMI 30.0.
"""),
("2020-03-03", "Pain Clinic Post-operative Visit", """
3-week wound check after SCS implant -- 03/03/20

Both incisions well healed, no erythema or drainage. Generator site in the
L upper buttock mildly tender to palpation, no fluid collection.
Programming: rate 40 -> 50 Hz, amplitude 3.2 mA; pt reports ~70% less leg pain and
walking to the mailbox again.
VS: BP 132/70  HR 66  T 36.7
Apixaban restarted POD 2, no bleeding.
Plan: 3-month device check; call for any skin change over the generator,
fever, or loss of stimulation. Continue HD schedule, renal aware of procedure.
"""),
("2020-04-28", "Pain Clinic Urgent Visit", """
Urgent add-on visit 4/28/2020

Since Easter Sunday the skin at the generator incision's lower end turned
purple, then black. Severe pain, wife says "like a burn". No fever or chills.

Exam: L upper buttock -- 4x2.5cm black eschar hugging the inferior margin of the
healed IPG scar, violaceous livedoid rim ~3 cm. Device not exposed, no pus,
no fluctuance. Stim works.
Labs sent: CBC, CRP.

A/P: ddx pocket infection / erosion vs calciphylaxis (HD pt).
- derm to biopsy the edge away from the device
- device rep notified; holding on explant pending path
- hydromorphone 1 mg q6h prn, renally dosed
"""),
("2020-05-05", "Dermatology Note", """
Dermatology -- 05/05/20
Bx L upper buttock (4/30) -- arterioles in the fat show wall calcification and
fibrin thrombi; fat necrosis. Gram stain and tissue cx: no organisms.
Dx: calciphylaxis arising in the SCS generator incision -- onset 2020-04-12 by
history, about two months after the 2/11 implant.

Exam: eschar unchanged; rest of the skin clear.
CRP 14; Ca 10.1 (upper limit), phos 5.8, iPTH 455

Plan: STS with HD (nephrology), wound care, pain service deciding on explant vs
relocation of the generator. Remote warfarin exposure (stopped 2018) noted.
"""),
]}

A05 = {"patient_id": "A05", "age": 52, "sex": "F", "notes": [
("2024-04-23", "Interventional Pain Procedure Note", """
PROCEDURE: L5-S1 interlaminar ESI under fluoroscopy     4/23/24
Dx: lumbar radiculopathy, R L5 distribution.
52F on hemodialysis (Mon/Wed/Fri) for ESRD; type 2 diabetic using glargine +
lispro; BMI 24.8. FSBG 188 pre-proc.

Technique: prone, sterile prep, 1% lido skin wheal, 18g Tuohy, LOR to saline at
L5-S1 R paramedian. Epidurogram w/ appropriate spread, 80 mg triamcinolone + 3 mL
NS. No heme, no CSF.

Post: walked to recovery. Stepping down from the procedure table she missed the
footstool and knocked her R shin hard on its metal edge -- 2cm abrasion,
R mid anterior shin, small hematoma. Cleaned, bacitracin applied.
Incident report filed.

D/c home with her son. Call for fever, new weakness, or headache.
"""),
("2024-05-28", "Hemodialysis Rounding Note", """
Dialysis rounds -- chair 14     5/28/2024

S: c/o R leg sore, 10/10 at night, since the beginning of May. Has been putting
OTC ointment on it.
O: pre-HD BP 171/94, EDW 62.0 kg. R anterior shin: 3x2cm stellate ulcer w/ black
base, netlike violaceous mottling around it, exquisite tenderness to a fingertip.
Phos 8.2 (!), iPTH 1040, Ca 9.4, alb 3.0 (drawn 5/26)

A/P: necrotic, very painful R shin ulcer; HD pt, phosphorus poorly controlled -- calciphylaxis
high on the ddx.
- derm biopsy referral ASAP, wound clinic
- sevelamer bumped to 1600 per meal; cinacalcet to start
- insulin unchanged
"""),
("2024-06-11", "Wound Clinic Note", """
WOUND CLINIC  06/11/24

Derm punch (6/3): calciphylaxis -- small fat vessels calcified and clotted.
Wound R ant shin 3.4x2.4cm, 90% eschar, no probe to bone. Periwound livedo.
ABI noncompressible; TBI ordered.
Dressing: cadexomer iodine + ABD pad, light gauze wrap, no compression for now.
Pain: poorly controlled, back to pain clinic for regimen.
Pt asks whether her sugars caused this -- explained it is multifactorial.
STS started 6/5 with HD. RTC weekly.
Pulses: DP faint both feet, PT not palpable. Trace ankle edema. Advised legs up
on a stool while seated; protein supplement with each run, albumin low.
"""),
]}

A06 = {"patient_id": "A06", "age": 48, "sex": "M", "notes": [
("2019-01-22", "Nephrology PD Clinic", """
PD clinic visit 1/22/19

48M, ESRD (diabetic kidney disease), CAPD (four daily bags). DM2 -- moved from pills
to insulin since last summer (degludec daily + aspart with meals); he injects into
the belly, almost always the right side -- "easier with my right hand".
New: since New Year's Day, hard, painful purplish patches, R lower abdomen.
PD catheter exit LLQ: clean, tunnel nontender.

Exam: three indurated violaceous plaques R lower quadrant, 2-4 cm, one w/ a dusky
center. BMI 36.5.
Chem: Ca 10.3 high-normal, phos 6.9, iPTH 590
A/P: lesions sit exactly where he injects insulin -- suspect calciphylaxis at the
insulin sites vs lipohypertrophy w/ bleed. Urgent derm bx. Rotate injections to the
L thigh / arms meanwhile. Not on warfarin.
"""),
("2019-01-29", "Dermatology Follow-up", """
DERMATOLOGY F/U -- 29 Jan 2019

Path (punch bx, R lower abdomen, 1/24): subcutaneous arteriolar calcification, fat
necrosis, microthrombi. Dx: calciphylaxis.
Plaques started New Year's Day per pt; one has now ulcerated (1.5 cm, dry eschar).
All lesions lie in the R lower abdominal zone he used for insulin; L abdomen and
thighs clear. PD exit site (L) clean.
Agree with nephrology that these are at his insulin injection sites.

Plan: nonadherent dressing held with a binder, tape kept off the plaques. STS per renal (considering
intraperitoneal route). Pain clinic referral for a renally safe regimen.
"""),
("2019-02-12", "Pain Medicine Consult", """
PAIN MEDICINE CONSULT     2/12/19
Reason: pain from calciphylaxis ulcers of the R lower abdomen.

48M on CAPD; DM2 on insulin, now injecting the L thigh only. Pain 8/10, burning,
worse with bending and during exchanges. Current: acetaminophen 1 g TID,
oxycodone 5 mg prn ~3/day, partial relief, sleeping 3-4 h/night.
Exam: R lower abdominal ulcer 2.2 cm w/ eschar, two adjacent indurated plaques,
allodynia around them. BMI 36.1.

Plan:
- hydromorphone 1mg by mouth every 6 h as needed instead of oxycodone (renal dosing)
- gabapentin 100 mg qhs
- lidocaine 2% gel to periwound 15 min before dressing changes
- no neuraxial procedures for now; RTC 3 wks
"""),
]}

A07 = {"patient_id": "A07", "age": 75, "sex": "F", "notes": [
("2025-01-14", "Pain Clinic New Patient", """
NEW PT -- Orchard Street Pain Clinic        January 14, 2025

75F referred for bilateral knee OA pain, R much worse. Ortho: not a TKA candidate
(HD TTS, cardiac history). Declines steroid injection.
Home tx: since Christmas a sack of frozen sweetcorn in a tea towel is laid on her
R knee, 3-4 sessions daily; now and then she dozes off under it. Does not ice the L.
PMH: ESRD (HD); atrial fibrillation anticoagulated with warfarin (goal 2-3);
HTN; hypothyroidism. Not diabetic.
BMI 28.6   BP 144/70   HR 72 irreg
Exam: R knee crepitant, mild effusion, tender medial joint line; L knee milder.
Skin over both knees intact.
Plan: scheduled acetaminophen, PT for quad strengthening; genicular nerve
block/RFA discussed for later. Told to keep a cloth barrier and cap ice at 15-20 min.
"""),
("2025-02-04", "Hemodialysis Progress Note", """
HD progress note 2/4/25

Pt showed the RN a painful mottled area on the R knee x 1 wk.
Exam: R anterior/medial knee -- 6 x 5 cm lacy violaceous livedo with a central firm
2 cm purple plaque; not ulcerated yet. Very tender.
Run 3.5h, UF 2.1L, pressures stable throughout.
Monthly draw 2/1: iPTH 702 / phos 6.8 / corr Ca 9.2; INR 2.7

Plan: urgent derm consult -- concern for calciphylaxis. No more frozen packs for now.
Phos binder adherence reviewed.
"""),
("2025-02-11", "Dermatology Consult", """
Derm consult     11-Feb-2025

Bx 2/6/25 R knee: calciphylaxis -- subcutis with calcified, clotted small
vessels.
Distribution: confined to the anterior R knee -- the patch she ices 3-4 times a day
since 12/25/24; repeated cold the probable local trigger. L knee, thighs
and abdomen clear.
Risk: ESRD on HD, current warfarin, female. Not diabetic.

Plan: warfarin -> apixaban discussion with cardiology/renal; STS with HD; no cold
or heat applications on that knee; wound care if it ulcerates. Derm f/u 2 wks.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
