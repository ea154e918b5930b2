"""probe184 corpus notes, D08-D14 (Mohs and dermatologic surgery and the clinics around them; all invented)."""

D08 = {"patient_id": "D08", "age": 55, "sex": "M", "notes": [
("2019-07-16", "Mohs Surgery Post-op Visit", """
MOHS CLINIC - post-op wk 5

55M s/p Mohs for SCC of the L anterior shin in June; 4.0x3.2cm defect, resurfaced w/
an STSG (0.012 in., meshed 1:1.5) that we harvested with the dermatome from his L
anterior thigh.
T1DM since age 12 on an insulin pump (Tandem). ESRD on PD (CCPD). BMI 26.1.

Graft: ~95% take, pink, one 4 mm superficial erosion at the inferior edge. Bolster came
off at wk 1 as planned.
Donor site: re-epithelialized, pink and shiny, mildly itchy, no open areas.

Plan: moisturize donor site bid; SPF; keep graft site covered w/ Vaseline + nonstick
pad until the erosion closes. Leg elevation when sitting. Recheck in 6-8 wks.
"""),
("2019-09-05", "Peritoneal Dialysis Clinic Note", """
PD CLINIC

Since August he has had firm, sore, purplish areas on his L thigh, anterior aspect,
getting darker. Pain 7/10, mostly overnight and when he walks far.
Pump: basal 0.9 u/h, BG 90-240 on download.
VS: BP 146/88, Wt 80.4kg -> BMI 26.1, T 36.9.
Chemistries: PO4 6.9 (H) iPTH 850 (H) Ca 9.7 (N) Alb 3.0 (L). Adequacy ok (wkly Kt/V 1.7).
Exam: L anterior thigh - two areas of violaceous induration ringed by livedo racemosa,
3x4cm and 2x2cm; the bigger one has a necrotic center. Effluent clear.

A: ?CUA - high phos, low alb, PD.
P: derm for bx; swap Ca carbonate -> lanthanum; add cinacalcet; review
icodextrin. Will discuss with unit director re: IV STS logistics for a PD pt.
"""),
("2019-09-19", "Dermatology Inpatient Consult", """
DERMATOLOGY - inpatient consult; admitted so his pain could be brought under control

Punch bx (6 mm, into fat) L anterior thigh, 9/12/19: subcutaneous microvessels with
mural calcium and occlusive thrombi, von Kossa +. Calciphylaxis.

Exam: L anterior thigh, larger area now 5x4cm w/ black eschar, smaller one dusky,
no drainage. L shin graft fully healed, mature.
Dx: calciphylaxis, biopsy-proven, in a PD patient.

Recs: STS 25 g by IV on M/W/F (renal agreed), keep eschar dry, no sharp
debridement; foam border dressing to the edges; pain per palliative (methadone
low dose considered). Outpt derm surgery f/u after d/c.
"""),
]}

D09 = {"patient_id": "D09", "age": 70, "sex": "F", "notes": [
("2020-02-11", "Dermatology Procedure Note", """
DERM PROCEDURE - destruction of premalignant lesions
70F, HD (T/R/Sa). DM2 w/ insulin aspart + glargine. On apixaban for AF;
never on warfarin. BMI 34.8.

Exam: 5 hypertrophic actinic keratoses, R anterior shin, 4-9 mm, scaly, tender; one ISK
R calf. No nodule or ulcer suspicious for SCC.
Procedure: cryosurgery w/ liquid nitrogen, 2 cycles ~10 s each, to the 5 AKs of the
R anterior shin. The ISK left alone per pt.
Tol well. Expect blistering/crusting 1-2 wks; Vaseline, gentle wash. Call if a site
is not healed in 4 wks.
CPT 17000 + 17003 x4.
Return 6 mo for skin check; consider 5-FU field tx of the legs next winter.
"""),
("2020-03-24", "Wound Care Clinic Note", """
WOUND CENTER - initial visit

Referred by HD unit for a L leg wound.
Hx: painful spot on the L lateral calf started about a month ago as a purple "bruise",
then turned black. Denies bumping it.
Wound L lateral calf: 3.2x2.6cm, dry black eschar, a 2 cm violaceous livedoid halo,
pain out of proportion on touch. No exudate.
R anterior shin: 5 well-healed hypopigmented macules at last month's cryo sites, no open
skin.
ABI non-compressible; TBI 0.55 L, 0.60 R.

Imp: necrotic L calf wound, suspicious for calciphylaxis in HD pt w/ DM.
Plan: derm for deep bx; dry dressing; no compression; pain per renal.
"""),
("2020-04-02", "Dermatology Biopsy Result Note", """
DERM - bx result / f/u

Incisional bx, L lateral calf 3/27/20: subcutaneous arterioles encrusted with calcium,
thrombosed lumina, necrosis of the neighbouring fat = calciphylaxis.
Exam unchanged, 3.4x2.7cm eschar L lateral calf. Weight 92.6 kg, BMI 34.8.
Of note, her LN2 sites were all on the opposite (R) shin and are healed.

Dx: calciphylaxis L calf, biopsy proven.
Plan: renal starting STS w/ HD; insulin per endo; wound care weekly. No 5-FU or other
field treatment to either leg for now. RTC 1 mo.
Daughter (health care proxy) updated by phone with pt's permission.
"""),
]}

D10 = {"patient_id": "D10", "age": 64, "sex": "M", "notes": [
("2021-04-20", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
64M ESRD; hemodialysis via R arm AV graft, Mon/Wed/Fri. No DM. Obesity class III, BMI
41.2. Took warfarin for AF until last wk.

Tender violaceous plaque on his L lateral thigh since Easter, roughly 5x4cm now, dusky
in the middle. Derm punch bx 4/15 - calcified arterioles in the subcutis w/ thrombi:
calciphylaxis.
Labs (4/13): iPTH 1030 | PO4 7.2 | cCa 9.9 | Alb 3.4.

Plan:
- warfarin stopped 4/15 and apixaban begun
- sodium thiosulfate 25 g IV, every run
- cinacalcet 30 mg; hold calcitriol; Ca-free binder
- he still has his derm surgery for the L upper back SCC on 5/18; OK from renal view,
  non-HD day
"""),
("2021-05-18", "Dermatologic Surgery Operative Note", """
OP NOTE 5/18/21
Dx: invasive SCC, L upper back (bx 3/30/21)
Procedure: excision, 4 mm margins, layered repair 5.6 cm

Known calciphylaxis L lateral thigh (dressed, not disturbed). Pt on apixaban, held x 24 h.
Local anesthesia. Monopolar electrosurgery used for hemostasis; dispersive pad placed on
the L lateral thigh proximal to his calciphylaxis dressing (only available flat site,
positioned lateral decubitus).
Excision to fascia; deep Vicryl 3-0, dermal Monocryl 4-0, nylon 5-0 to skin.
On pad removal after closure: faint blanching erythema, skin intact.
EBL 10 mL. No complications. Specimen to path.
"""),
("2021-06-15", "Wound Care Clinic Note", """
WOUND CARE - f/u

L lateral thigh calciphylaxis ulcer: 5.5x4.0cm, base roughly two-thirds yellow slough and
one-third black eschar, mod serous drainage. Periwound livedo. Pain 6/10.
Pt worries that "the sticky pad from my back surgery" made it worse. Discussed: the
pad was put on in May, and this ulcer was already there from April; the erythema at
the pad spot cleared in 2 days.
Upper back incision healed.
BMI 40.8.

Plan: enzymatic debridement (collagenase) to slough, calcium alginate under a bordered
foam, changed by the HD nurses three times weekly. Continue STS. Return 2 wks.
"""),
]}

D11 = {"patient_id": "D11", "age": 59, "sex": "F", "notes": [
("2022-09-20", "Dermatology Inpatient Consult", """
DERM CONSULT (hospital day 2)
59F, ESRD on in-center HD; type 2 DM, insulin-requiring. Obese, BMI 45.3.
Reason: painful plaque R lower abdominal pannus x 10 days.

Her sister gives the insulin (glargine, lispro), always into the back of one arm or
the other; "we don't do my stomach".
Exam: R lower pannus 9x6cm indurated violaceous plaque, retiform edges, 3 cm black
eschar centrally, extremely tender. Arms: no lesions, small lipohypertrophy at the
injection areas.
Labs: iPTH 720 | PO4 6.4 | cCa 10.0.

Imp: probable calciphylaxis.
Plan: deep incisional wedge taken from the margin today, under local; wound RN; pain.
"""),
("2022-09-29", "Dermatologic Surgery Procedure Note", """
DERM SURGERY - procedure
Path 9/20 (R pannus): calcified arterioles in deep fat, with fibrin plugs and fat
necrosis. Calciphylaxis is confirmed.

Procedure: sharp excisional debridement, R lower pannus ulcer. Lidocaine 1%
injected around the margins. Eschar and necrotic fat removed to bleeding tissue,
final 10x7cm, 1.5 cm deep. Hemostasis w/ pressure and silver nitrate.
Dressing: calcium alginate, ABD pad, Montgomery straps.
Tol well, pain 4/10 after.
Plan: NPWT when the bed is clean; STS continues with HD; wound clinic next.
Discussed with pt that the wound will look bigger after debridement; she understands.
"""),
("2022-10-20", "Wound Care Clinic Note", """
WOUND CLINIC

R lower abdominal pannus wound (calciphylaxis), 3 wks out from debridement:
10.5x7.0cm, depth 1.2 cm; beefy granulation over ~60%, the rest yellow fibrin.
Mild odor after dressing removal only.
NPWT applied today, -125 mmHg continuous, black GranuFoam under an occlusive film;
change Mon/Wed/Fri. Seal held on the 10 min check, no leaks alarming.
Insulin sites on both arms clean.
Wt 124.6 kg, BMI 45.0.

Plan: continue NPWT; dietitian (Alb 2.8); STS per renal; consider HBOT referral if
stalled at 4 wks. Pt tolerating the device, sleeping better.
"""),
]}

D12 = {"patient_id": "D12", "age": 71, "sex": "M", "notes": [
("2023-06-13", "Dermatology Consult", """
DERM CONSULT - outpatient

71M, ESRD, in-center HD. Not diabetic, A1c 5.4. Warfarin: never. Takes ASA only.
BMI 29.5, overweight.
CC: painful purple net-like patches of both inner thighs, present for 4 wks.

ROS/hx: he denies thigh injections, heat or cold applications, falls and tight
clothing - lives in loose shorts. No new meds.
Exam: retiform purpura 6-8 cm on each medial thigh; the L one has a central eschar
about 15 mm.
Also several SKs on the anterior thighs he wants "frozen off".
Imp: concern for calciphylaxis.
Plan: 6 mm punch bx into fat from L medial thigh edge today. Defer any cryotherapy of
the SKs.
"""),
("2023-06-27", "Dermatologic Surgery Clinic Note", """
DERM SURGERY CLINIC

Path 6/13: vessel-wall calcification in the fat (von Kossa highlights it), thrombi,
fat necrosis. Calciphylaxis confirmed.
Exam: R medial thigh purpura now w/ 1 cm eschar as well; L eschar 2 cm.

Pt asked again to have the SKs on his thighs frozen today and mentioned the laser
hair removal he had been considering. Explained we will NOT do LN2, laser, ED&C or
any elective procedure on the thighs or legs while calciphylaxis is active - trauma
can trigger new lesions. He agreed.
Plan: wound care, STS per renal, recheck 1 mo.
"""),
("2023-07-11", "Nephrology Progress Note", """
NEPHROLOGY - HD rounds

Bilateral medial thigh calciphylaxis (bx 6/13); gets sodium thiosulfate after
each run since 6/20. Pain better, 8 -> 5/10. Eschars stable, no new lesions per wound RN.
Labs: iPTH 460 | PO4 5.0 | cCa 9.1. BMI 29.5.

Plan:
- continue STS, cinacalcet 60
- if he is ever admitted, use heparin SC for DVT ppx in the arms rather than
  enoxaparin in the thighs; avoid any IM shots into the legs
- recheck in 1 mo
- wife asks about travel; OK to arrange transient HD for the August trip
"""),
]}

D13 = {"patient_id": "D13", "age": 67, "sex": "F", "notes": [
("2024-02-06", "Mohs Micrographic Surgery Note", """
MOHS - 2/6/2024
Dx: SCC in situ w/ focal invasion, R medial malleolus (bx 1/9/24)
67F, ESKD on PD. DM2 diet-controlled. Warfarin 2010-2012 after a PE; none since. BMI 27.7.

Stage I: 2 blocks, + at the 12 o'clock margin. Stage II: clear.
Final defect 22x18 mm over the R medial malleolus, to fat, periosteum not exposed.
Repair: second intention (thin skin, limited laxity, pt preference).
Dressing: Vaseline, Telfa, light gauze wrap.
Wound care sheet given; daily dressing changes by pt's husband. Leg elevation.
RTC 4 wks for wound check.
"""),
("2024-04-09", "Dermatology Follow-up", """
DERM F/U

R medial malleolus Mohs wound: granulating, 6x4 mm left, clean. On track.
New: R dorsal foot, over the second and third metatarsals: black eschar (25 mm) inside
a retiform purpuric halo; began the last week of March. Very painful in shoes. No
trauma recalled.
This is a separate lesion from the Mohs wound - about 6 cm distal, on the top of the foot,
normal skin between them.
DP pulse faint, PT dopplerable.

A: ddx calciphylaxis (PD pt) vs arterial ulcer vs cholesterol emboli.
P: 4 mm punch from its edge today; ABI/TBI; renal informed.
"""),
("2024-04-23", "Nephrology PD Clinic Note", """
PD CLINIC

Derm bx R dorsal foot 4/9: calcification of small arterioles in subcutis with thrombi -
calciphylaxis. Derm notes it is not at her ankle surgery site.
ABI 1.4 (vessels too stiff to compress), toe-brachial index 0.48 on the R.
Labs: iPTH 590 | PO4 6.3 | cCa 9.5 | Alb 3.3. A1c 6.6 on diet.
Wt 70.2kg; BMI 27.7.

Plan: IV STS 3x/wk via infusion; switch Ca binder to sevelamer; cinacalcet; vascular
surgery referral for the low TBI; soft wide shoe, offload dorsum.
PD prescription unchanged, good clearance.
"""),
]}

D14 = {"patient_id": "D14", "age": 62, "sex": "M", "notes": [
("2025-01-14", "Mohs Surgery and Reconstruction Note", """
MOHS + RECONSTRUCTION  01/14/2025
Dx: recurrent nodular BCC, nasal tip
62M, ESRD on CCPD; DM2 - he gives his own glargine, lower abdomen. No warfarin.
BMI 31.9.

Mohs: 3 stages to clear, final defect 2.1 x 1.9 cm nasal tip w/ cartilage exposed.
Repair: stage 1 of a paramedian forehead flap from the L forehead, conchal cartilage
graft for tip support. Donor defect closed primarily.
Hemostasis with bipolar. Xeroform to the pedicle.
Plan: division at 3 wks, antibiotics x 5 d, sleep w/ head up.
Pt and wife shown how to clean the pedicle w/ peroxide-soaked swabs and reapply Vaseline.
"""),
("2025-02-04", "Dermatologic Surgery Post-op Visit", """
POST-OP - forehead flap wk 3

Flap: distal 1 cm of the flap tip dusky with a thin superficial eschar. Venous
congestion in the first week (per pt's photos). This is partial flap-tip necrosis from
congestion - not calciphylaxis; pedicle well perfused, cap refill brisk.
Plan: debride gently at division, expected to heal.

Also today: LN2 cryo to 4 AKs on the L dorsal hand, 2 cycles.
Division of the pedicle scheduled 2/25.
Pt asks whether PD can continue as usual - yes, no restriction from our side.
BG log reviewed, fasting 130s.
"""),
("2025-03-25", "Dermatology Consult", """
DERMATOLOGY CONSULT

62M on PD. Both buttocks have had agonizingly tender dark patches, which his wife first
spotted about 2 weeks ago. Nothing has been injected or done to the buttocks;
insulin goes only into the lower abdomen, and that skin is normal.
Exam: retiform purpura 5-7 cm over each buttock, black eschar centrally on both
sides. Nasal tip and forehead flap healed after division 2/25. L hand cryo sites healed.
Punch bx R buttock 3/21: subcutaneous vessels with calcium and thrombus, fat necrosis ->
calciphylaxis.
BMI 31.5.

Dx: calciphylaxis, bilateral buttocks.
Plan: STS thrice weekly by vein, wound care, palliative input.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
