"""probe230 corpus notes, H08-H14 (endocrine and parathyroid surgery and the clinics around it; all invented)."""

H08 = {"patient_id": "H08", "age": 68, "sex": "F", "notes": [
("2017-04-11", "Ultrasound Neck - Parathyroid Protocol", """
US NECK, PARATHYROID PROTOCOL     April 11, 2017
Indication: ESRD on HD, persistent hypercalcemia, PTH 960 on cinacalcet.
Thyroid: R lobe 4.8 x 1.6 x 1.5 cm, L lobe 4.6 x 1.5 x 1.4 cm, homogeneous
echotexture; 4 mm colloid cyst in the L mid pole.
Parathyroid: oval hypoechoic structure behind the R lower pole, 1.8x1.0x0.8
cm, with a polar feeding artery on colour Doppler. A second one just below
the L lower pole, 1.1 cm, in the region of the thyrothymic ligament.
No abnormal cervical nodes.
IMPRESSION: two enlarged parathyroid glands, R inferior and L inferior.
Suggest correlation with sestamibi.
"""),
("2017-05-02", "Endocrine Surgery Consult", """
Endocrine Surgery consult 5/2/17

68F, ESRD since 2012, dialyses Tue/Thu/Sat. Has type 2 DM, on NPH insulin BID. DVT 2013:
6 months of warfarin, then stopped. Class III obesity, BMI 40.7.
HPT: Ca 10.9-11.2, PTH 960, phos 5.1 on cinacalcet 90; US shows R inf and L inf
candidates. Behaving like autonomous (tertiary-type) disease on dialysis.
Skin: she brings up a tender, firm lump under the L breast, there since early
April. She wears a snug underwire bra every day and has "for years"; the lump
runs right along the wire.
Exam: underside of L breast along the fold, 4x2.5cm indurated plaque,
violaceous reticular rim, not ulcerated.
A: ?calciphylaxis, L breast.
P: derm to biopsy this week; sestamibi; plan PTX once derm has weighed in.
"""),
("2017-05-16", "Dermatology Follow-up", """
Derm f/u

Incisional bx 5/4/17 (L inferior breast): calciphylaxis. Subcutaneous
arterioles calcified, fibrin plugs, lobular fat necrosis. No malignancy.
Lesion now 5x3cm, small central eschar. It follows the underwire of her bra
exactly; the wire's constant pressure is the likeliest reason it arose there.
Advised a soft wire-free bra and no shapewear.
Wound: silicone foam dressing. Rest of the exam: abdomen, thighs and R breast
without lesions.
Plan: STS with HD; endocrine surgery to go ahead with PTX. BMI 40.2.
"""),
]}

H09 = {"patient_id": "H09", "age": 55, "sex": "M", "notes": [
("2020-10-06", "Endocrine Surgery Consult", """
ENDOCRINE SURGERY CONSULT -- Oct 6 2020

55 M, HD since 2014, refractory SHPT: PTH 2950, phos 8.0, Ca 10.6. Cinacalcet
stopped (nausea); etelcalcetide 10 mg TIW for 8 months with no response.
Sent urgently because of painful leg ulcers since August.
T2DM for 20 yrs on glargine + aspart; injects "belly and the backs of both
arms, never my legs".
No anticoagulants. BMI 34.0.
Legs: posterior calf ulcers on both sides, R 6x4cm, L 5x5cm, each black-crusted
and ringed by retiform purpura.
Sestamibi 9/28: uptake at both inferior positions.
A/P: suspected calciphylaxis with severe SHPT. Derm biopsy; subtotal PTX
soon after.
"""),
("2020-10-13", "Wound Clinic Note", """
Wound clinic visit

Derm punch 2020-10-08: calciphylaxis confirmed (von Kossa positive, medial
calcification).
Both calf ulcers as before; R now 6.5x4.2cm with 40% slough, L 5x5cm with
stable eschar. He denies any injury or knocks to the legs, nor any heat or cold
applied to them.
Sharp debridement of the R calf slough at the bedside under topical lidocaine,
tolerated.
Applied calcium alginate, ABD pads, loose Kerlix; no compression.
Periwound: livedo reaching about 2 cm past each ulcer edge. Photos uploaded.
Pain from 8 down to 6/10 afterwards.
Weekly visits.
"""),
("2020-10-20", "Operative Report", """
OPERATIVE REPORT 10/20/2020
Procedure: subtotal parathyroidectomy (3.5 glands) with cervical thymectomy.
Indication: biopsy-proven bilateral calf calciphylaxis; SHPT out of control.
Findings: four hyperplastic glands of 0.9 to 2.4 g. Remnant of the R superior
gland (~60 mg) left in place, tagged with a 5-0 Prolene stitch.
IOPTH 2710 -> 88 at 20 min.
Post-op orders: heparin 5000 units SC q12h into the abdomen; no SCDs because of
the calf wounds; Ca gluconate gtt by the hungry-bone protocol.
Wt 101.7 kg; BMI 33.6.
"""),
]}

H10 = {"patient_id": "H10", "age": 61, "sex": "F", "notes": [
("2021-05-25", "Nephrology HD Rounding Note", """
Nephrology rounds -- Kestrel Park Dialysis, MWF 2nd shift

61F, ESRD (ADPKD). PD 2016-2020; on in-center HD since January 2021 after two
episodes of PD peritonitis.
New: her L buttock has been painful and hard since Mother's Day; sitting
through the run is agony.
Exam: L upper outer buttock, 5x4cm firm violaceous patch with a livedoid
net, skin intact. No trauma she can remember.
PTH 1450; Ca x P 62. Warfarin for AF, INR 2.9.
?calciphylaxis -> derm referral this week; hold warfarin, start apixaban; STS
if confirmed.
Weight 101 kg, BMI 37.2, obese.
"""),
("2021-06-08", "Dermatology Consult", """
Dermatology consult 6/8/21

Punch biopsy 5/28: calciphylaxis (von Kossa positive vascular calcification,
fat necrosis).
After the biopsy she started holding ice packs on the L buttock wound for
relief. She also slipped in the bathroom on 6/3 and landed on that same buttock
-- bruise around the wound margin.
Exam: L buttock lesion now ulcerated, 6 x 5 cm, 3 cm eschar, ecchymosis around
it.
Counselled to stop icing the wound (can worsen ischemia). Calcium alginate +
foam, bordered dressing held with paper tape. Referral to endocrine surgery for
early PTX.
"""),
("2021-06-22", "Endocrine Surgery Consult", """
ENDO SURG NEW CONSULT    22 June 2021
Indication: calciphylaxis, L buttock, proven on biopsy (onset 9 May 2021)
with SHPT, PTH 1450-1700, Ca 10.3.
Meds: apixaban (warfarin stopped 5/25), sevelamer, cinacalcet 60, STS 25g at
HD since 6/9.
Not diabetic.
Sestamibi 6/17: persistent uptake R inferior and L superior; 4D-CT pending.
Exam: neck unremarkable, cords mobile on scope. L buttock ulcer dressed; no new
lesions.
ECG sinus rhythm; echo last year EF 55%.
Told her surgery alone may not close the wound; STS and dressings go on.
Plan: bilateral neck exploration and subtotal PTX on 6/29. BMI 36.8.
"""),
]}

H11 = {"patient_id": "H11", "age": 64, "sex": "M", "notes": [
("2024-01-09", "Endocrine Surgery Daily Progress Note", """
Endocrine surgery daily note, POD 2 after total PTX + autograft L forearm (1/7/24)

iCa 0.95, Ca 7.3, phos 2.0. Ca gluconate infusion 1 g/h, calcitriol 1 mcg BID,
calcium acetate held. HD tomorrow with a high-Ca bath.
SC enoxaparin 30 mg once daily from the evening of 1/7; nursing says he
allows only his left abdomen ("I sleep on my right").
T2DM: linagliptin; no insulin. Warfarin: no.
Neck soft, no hematoma. L forearm incision clean and dry.
BMI has been 28-29 over the past year; today 29.6.
"""),
("2024-02-06", "Dermatology Consult", """
Derm consult (outpatient, 2/6/2024)

64 yo M on HD, total PTX 1/7/24. Post-op enoxaparin went into the L abdomen
only and stopped at discharge on 1/12; nothing has ever been injected on his
right side.
HPI: since ~1/20 pain, then hardening, R lower abdomen/pannus.
Exam: right lower quadrant under the navel, spreading onto the pannus: a
9x6cm indurated plaque; retiform purpura; two eschars, 1 cm each. L abdomen: a few
faded needle marks, skin otherwise normal.
Two punch biopsies taken today.
A: looks like calciphylaxis; biopsy to confirm.
"""),
("2024-02-20", "Endocrine Surgery Follow-up", """
Endo surg clinic 2/20/24

Biopsy (2/6), R lower abdomen: calciphylaxis, von Kossa confirmed. STS at
dialysis from 2/9.
Autograft: PTH 9 -> 24, graft starting to work.
Ca 8.8 (calcitriol 0.5 BID, CaCO3 1g TID).
Neck scar faint, voice normal; L forearm graft incision healed.
R lower abdominal plaque now 9x7cm, eschars dry, no cellulitis -- on the side
opposite to where the enoxaparin went.
Wound care per derm; pain moderate, using oxycodone at night.
Wt 101 kg; BMI 29.1.
Plan: see again in 6 wk with PTH drawn from both arms.
"""),
]}

H12 = {"patient_id": "H12", "age": 58, "sex": "F", "notes": [
("2023-04-18", "Endocrine Surgery Consult", """
Endocrine Surgery -- new consult   Apr 18, 2023

58 yo F, ESRD on HD via a tunnelled right IJ line; left fistula still maturing.
Insulin detemir for T2DM. No anticoagulants. SHPT: PTH 1980; Ca 10.0; PO4 7.4
on etelcalcetide 7.5 mg IV after each run.
Also: since early March both inner thighs have been exquisitely tender and hard.
Thermal exposure of the thighs (hot-water bottle, heating pad, ice): she has
never used any.
Falls/bumps: none. The detemir goes only into her abdomen.
Exam: medial thighs, R 7x5cm and L 6x6cm woody induration with livedo
reticularis and a central purpuric patch on the L. Abdomen clear.
Obese (wt 109.5 kg).
A: probable calciphylaxis of the medial thighs with SHPT.
P: derm biopsy; sestamibi; talk about early PTX.
"""),
("2023-04-27", "Dermatology Follow-up", """
Derm f/u 04/27/2023

Biopsy L medial thigh (4/19): calciphylaxis -- arteriolar calcification,
thrombosis, panniculitis.
Both medial thigh lesions unchanged. Skin elsewhere intact.
Went over the history again: she has never injected insulin into the thighs,
never applied heat or cold there, and wears no tight garments.
Counselling: never inject the thighs, and no heating pads; keep
rotating around the abdomen.
Photographs taken; ruler in frame. Walking hurts (7/10); nephrology to manage low-dose
hydromorphone.
Plan: STS at dialysis (nephrology), hydrocolloid dressings, analgesia.
"""),
("2023-05-09", "Operative Note", """
Operative note   May 9, 2023
Subtotal parathyroidectomy and cervical thymectomy for SHPT with calciphylaxis
of both thighs.
Positioning: supine; SCDs deliberately left off (thigh wounds); heel
protectors only.
Findings: 4 enlarged glands, largest L inferior 2.8 g; 50 mg remnant of the R
superior gland left.
IOPTH 1870 -> 74. Specimens (3.5 glands) to pathology; thigh dressings
checked before leaving the room: intact.
Skin closed with running subcuticular 4-0 Monocryl and glue.
DVT prophylaxis: no chemical ppx (history of bleeding at the catheter), early
mobilisation.
Wt 108 kg.
"""),
]}

H13 = {"patient_id": "H13", "age": 70, "sex": "M", "notes": [
("2024-09-24", "Endocrine Surgery Consult - Recurrent HPT", """
ENDOCRINE SURGERY  9/24/2024

70M on PD (APD) since 2013. Subtotal PTX in 2017 at an outside hospital
(Ferncliff General); PTH climbing again, now 1390 with Ca 10.5 -- recurrent HPT
from the remnant or a fifth gland.
Background: in 2016 his lower abdomen was the site of calciphylaxis (confirmed
by biopsy), where he used to inject insulin; it healed by 2017 after STS and the PTX,
leaving atrophic scars.
T2DM, still on glargine/lispro, now rotated over the upper abdomen and flanks.
NEW since late summer: a painful sore over the R calf. Denies knocks, falls,
compression stockings, heat/ice to either leg.
Exam: R lateral calf ulcer, 3x3cm, eschar black, halo livedoid.
Abdomen: old stellate scars, nothing active.
Plan: derm biopsy of the calf; sestamibi + 4D-CT for re-operative
localisation. BMI 27.0.
"""),
("2024-10-03", "Dermatology", """
Dermatology   3 Oct 2024

Bx R lateral calf (9/26): recurrent calciphylaxis -- calcium-laden
subcutaneous arterioles, some occluded.
No new lesions; the abdominal wall scars from the 2016 episode are quiet.
He and his wife again deny injuring the R leg.
Exam: R lateral calf ulcer unchanged at 3x3cm, dry eschar, no cellulitis.
Analgesia: acetaminophen plus a bedtime oxycodone 2.5 mg -- adequate.
Warfarin: never (asked because the outside records were unclear).
Plan: STS IV 3x/week given in the PD clinic's infusion recliner, wound care,
analgesia. Endocrine surgery planning re-exploration.
"""),
("2024-10-29", "Radiology - 4D-CT and Sestamibi", """
4D-CT NECK AND SESTAMIBI SPECT/CT   2024-10-29
History: recurrent hyperparathyroidism after subtotal parathyroidectomy (2017);
recurrent calciphylaxis; on peritoneal dialysis.
Findings: 1.6 cm nodule in the anterior superior mediastinum, within residual
thymus, enhancing in the arterial phase with washout on the delayed phase;
matching focal sestamibi retention at 2 h. Surgical clips in the R neck; no
enhancing tissue at the old remnant site.
Impression: ectopic (supernumerary, intrathymic) parathyroid gland in the
anterior mediastinum, the most likely source of the recurrent HPT.
"""),
]}

H14 = {"patient_id": "H14", "age": 45, "sex": "F", "notes": [
("2025-03-12", "Endocrine Surgery Inpatient Progress Note", """
Endocrine Surgery -- POD 1 s/p total PTX with autotransplant to the L SCM (3/11/2025)

45F, HD via L brachiocephalic fistula for ESRD, non-diabetic, no anticoagulants.
BMI 31.5.
Hungry bone: Ca 7.2, iCa 0.90.
Overnight the calcium gluconate drip infiltrated at the 20G peripheral IV in
the R volar forearm (about 0330); infusion stopped, cannula pulled, arm
elevated. This AM the R forearm is swollen, red and tender over 6 x 4 cm.
Access: ICU placed an R IJ triple-lumen; drip restarted at 1.5 g/h.
No SC heparin this admission -- SCDs only.
Plan: wean the drip, calcitriol 1 mcg BID, plastics aware of the
extravasation.
"""),
("2025-04-02", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION, April 2, 2025

1) R volar forearm: firm chalk-white papules, and a 3cm plaque where the IV
was; x-ray shows soft-tissue calcification. This is iatrogenic calcinosis cutis
after the calcium gluconate extravasation of 3/12 -- NOT calciphylaxis; should
regress.
2) Lower abdomen below the navel: painful nodules under livedo racemosa that
started roughly 10 days ago, now with one 2 cm purpuric plaque and a dusky
centre. No injections, belts or heat to the abdomen.
Concern for calciphylaxis (after total PTX, low-turnover bone?). Her sister,
on PD, had calciphylaxis at her heparin injection sites in 2022.
Plan: deep punch of the abdominal plaque today; forearm -- observe.
"""),
("2025-04-15", "Dermatology Follow-up", """
Derm f/u  15-Apr-2025

Punch bx abdomen (4/2): calciphylaxis (arteriolar medial calcium, thrombi).
R forearm calcinosis flatter and painless.
Abdomen: two plaques now (3cm, 2cm); eschar forming on the larger one. Thighs
and breasts checked -- nothing new.
Ca 8.9 on calcitriol 0.5 mcg BID and calcium carbonate; hungry bone over.
Pain 5/10 on gabapentin after HD. Next visit with wound RN present.
Plan: STS with HD, started 4/7; wound care; return in 3 wk.
Endocrine: Ca and PTH stable, graft functioning (PTH 18).
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
