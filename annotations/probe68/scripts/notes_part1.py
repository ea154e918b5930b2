"""probe68 corpus notes, T01-T07 (surgical and burn-unit consults, procedure notes; all invented)."""

T01 = {"patient_id": "T01", "age": 63, "sex": "F", "notes": [
("2019-08-20", "General Surgery Consult", """
GEN SURG CONSULT
Requested by: Dr. Pellegrino (renal)   Q: painful abd wall wound - needs debridement?

HPI: 63F, ESRD from IgA nephropathy, dialyzes at the Riverside unit on a TTS schedule by way of a left brachiocephalic fistula. Provoked LLE DVT 06/2019. Started on warfarin but INRs bounced 1.4 -> 5.8 so renal pulled it and she went onto enoxaparin 7/8/2019, once daily, given by the VNA RN who says she always picks the L lower abdomen just below the belly button ("that's where there is the most padding"). About 3 weeks ago pt noticed a dusky tender patch right in that area, which has since turned black centrally. Pain 9/10, can't bear clothing brushing over it, sleeping in recliner.
PMH: ESRD, HTN, hypothyroidism. Not diabetic.
Meds: enoxaparin, levothyroxine, sevelamer, calcitriol, amlodipine.

Exam: afebrile, HR 88. Ht 162 cm, BMI 36.2. Abdomen obese, soft, nontender except the lesion.
  L infraumbilical / LLQ abd wall: stellate 6x4 cm eschar, black and dry, ringed by retiform purpura; beyond that a firm violaceous border ~2 cm wide. No fluctuance, no crepitus, no drainage, no odor.
  R hemiabdomen clear. Thighs, buttocks clear.

A/P: necrotic abdominal wall lesion exactly at her LMWH site in a HD pt. Favor calciphylaxis; ddx LMWH skin necrosis, HIT-related necrosis (plt 212, not c/w HIT).
- bedside punch bx from the margin, will do later this wk
- NO debridement until tissue dx
- stop abdominal injections, heme to advise on alternative anticoag
- d/w renal re Ca/Phos, consider STS w/ HD
"""),
("2019-08-23", "Procedure Note", """
PROCEDURE NOTE - bedside punch biopsy x2

Pt: T01   Location: HD chair 14, between runs
Indication: eschar L lower abd wall at enoxaparin injxn site, r/o calciphylaxis.
Time-out done. Consent signed, risks incl bleeding and non-healing reviewed; pt wants to proceed.
Prep: chlorhexidine. Anesth: 1% lido plain, 3 mL total.
Technique: two 4 mm punches, one lateral and one inferior to the eschar margin, each taking violaceous rim plus deep subcut fat. Hemostasis w/ direct pressure + Gelfoam; one 4-0 nylon to each.
EBL <5 mL. No complications.
Specimens: #1 surgical path (req von Kossa), #2 tissue cx.
F/u path in 3-5 days, sutures out 10-14d.
"""),
("2019-09-05", "Operative Note", """
OP NOTE (BRIEF)
Preoperative dx: calciphylaxis of the L lower anterior abd wall, biopsy-proven (path 8/27/19: subcutaneous arterioles showing calcium in the media plus thrombus, adjacent panniculus necrotic, von Kossa stain positive; cx no growth).
Post-op dx: same.
Procedure: excisional debridement L abd wall wound, 7.5x5 cm, skin and subcut tissue, placement of negative-pressure dressing.
Surgeon: Okonkwo-Reyes   Anesthesia: MAC + local
Findings: dry black eschar over grey nonbleeding fat; debrided back to punctate bleeding yellow fat. No tracking, fascia intact. Wound bed after: 7.5x5x1.8 cm, ~60% pale granulation at edges, rest fat.
EBL 20 mL. Specimen: debrided tissue to path.
Dispo: back to floor. Wound vac at -125 continuous, dressing swaps Mon-Wed-Fri. Na thiosulfate 25 g IV over the final hour of each dialysis. Skin graft is not on the table until the bed granulates.
"""),
]}

T02 = {"patient_id": "T02", "age": 58, "sex": "M", "notes": [
("2021-11-27", "Burn Unit Admission H&P", """
BURN ICU / STEP-DOWN ADMIT

58 y.o. gentleman doing home CCPD x 3 yrs (ESRD d/t diabetic nephropathy). Type 2 DM, basal glargine 30u nightly and a lispro correction scale. Fell asleep Thanksgiving night lying on his electric heating pad (high setting); woke up early morning with a blistered area over the right lower back. Came in today because the blisters popped and wife was worried.
No other injuries. No inhalation. Tetanus UTD.

Burn: R lower back, paraspinal, roughly L2-L4 level, ~2% TBSA. Mixed superficial and deep partial thickness; central 3 cm zone is pale and slow to blanch. No circumferential component.
Wt 92.6 kg, Ht 176.5 cm, BMI 29.6.

Plan:
 - cleanse, debride loose blisters at bedside, Mepilex Ag
 - PD per home regimen, renal following
 - glucose checks AC/HS, endocrine aware
 - expect healing 2-3 wks without OR; reassess the central deeper zone at 10 d
"""),
("2021-12-20", "Burn Clinic Follow-up", """
BURN CLINIC

S: Seen for R lower back heating-pad burn. Was doing well, outer parts closed. Then on 12/14/2021 he felt a new, much worse, burning pain in the middle of the burn, and wife saw it go "purple then black". Pain out of proportion, 8-9/10, worse lying supine.
O: R paraspinal low back: peripheral burn areas re-epithelialized. Centrally, within the old burn footprint, an adherent black eschar (5x4 cm) whose net-like purple rim now extends about 2 cm beyond the original burn margin; skin around it is woody and very tender. No purulence.
Labs from PD unit: corrected Ca 9.8 / phos 7.6 / iPTH 811.
A: Non-healing deep burn vs new necrosis in the burn bed. Retiform pattern and pain in a PD pt -> concern for calciphylaxis at the burn site.
P: Rim sampled by 4-mm punch x2 in clinic today under local, each closed with a single nylon; path w/ calcium stains. Hold off on excision/grafting until path back. Discussed with PD nephrologist.
"""),
("2022-01-04", "Burn Surgery Note - Grafting Decision", """
Burn surgery - grafting decision

Path (12/20 bx, R low back): subcutaneous arteriolar medial calcification with intimal hyperplasia, fibrin thrombi, septal panniculitis. Diagnosis: calciphylaxis.
So this is calciphylaxis that came up in the bed of his heating pad burn.

Wound today: 5.5x4.5 cm, eschar beginning to lift at the edges, base underneath is pale, poorly perfused fat, no granulation to speak of. Not a graft bed.
Weight stable, BMI 29.6 again.

Decision: NOT a candidate for excision + STSG at this time; grafting onto calcified, ischemic tissue is very unlikely to take and the donor site would be another wound in a calciphylaxis pt. Conservative: enzymatic debridement, moist dressings, STS via renal, pain service for the neuropathic component. Revisit at 4 wks.
Pt and wife agree.
"""),
]}

T03 = {"patient_id": "T03", "age": 71, "sex": "F", "notes": [
("2023-04-11", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT
Reason: R calf ulcer, ?arterial insufficiency

71 yo F, HD MWF for 6 yrs. Warfarin for pAF - INR 2.6 this AM. T2DM controlled on diet alone, A1c 6.7, never on insulin. Ortho fitted her with a hinged R knee brace in early March 2023 for OA with giving-way; she's worn it every day since, and she reports the lower strap "cut in" to her posterior R calf and left a red groove. On April 2, 2023 a very painful dark spot appeared right in that groove.

Exam: BMI 32.4.
 RLE: posterior calf, mid-third, in a horizontal band matching the brace strap: 3.5x2 cm ulcer with dry black base, rim of violaceous, retiform mottling; surrounding skin is hard. Extremely tender.
 Pulses: fem 2+ bilat, DP/PT dopplerable biphasic. ABI noncompressible bilat (1.4+). TBI R 0.58.
 LLE: no wounds.
Imp: painful necrotic calf ulcer under a strap in an HD pt with reasonable toe pressures - not a typical arterial ulcer picture. Calciphylaxis high on the list.
Plan: brace off (ortho aware), punch biopsy, no revascularization needed at this time.
"""),
("2023-04-14", "Procedure Note - Punch Biopsy", """
Procedure: 5 mm punch biopsy, R posterior calf
Indication: suspected calciphylaxis vs vasculitic/arterial ulcer
Consent: verbal + written. Time out.
Local: lidocaine 1% w/o epi 2 cc. Punch taken at the junction of eschar and indurated violaceous skin, deep to fat. Closed 4-0 prolene x2. Pressure x 10 min given warfarin; hemostasis ok.
Specimen to path, request von Kossa and Alizarin red.
No complications.
"""),
("2023-04-27", "Wound Surgery Follow-up", """
F/U wound surgery

Path back: calciphylaxis. Pathologist (Dr Varga) describes calcium-laden arterioles within panniculus, thrombosed, with ischemic lobular necrosis.
She has not put the brace back on since 4/11. Ulcer R posterior calf now 4x2.5 cm, eschar softening at margins, no cellulitis, biopsy site closed.
Wt down 5 kg since fluid goal changed; BMI 30.2.
Warfarin: renal and cards agree to switch to apixaban given calciphylaxis.
Plan: serial sharp debridement in clinic q1-2wk, calcium alginate + foam, STS w/ HD, sevelamer uptitrated. No brace on that leg; ortho to consider a different support without a calf strap.
"""),
]}

T04 = {"patient_id": "T04", "age": 66, "sex": "M", "notes": [
("2020-02-11", "Operative Note", """
OPERATIVE REPORT (brief)
Date of surgery: 02/11/2020
Preop/Postop dx: symptomatic L indirect inguinal hernia
Procedure: open L inguinal hernia repair, Lichtenstein, polypropylene mesh
Surgeon: M. Haddad   Asst: PGY-3   Anesth: GA/LMA
Findings: moderate indirect sac, no incarcerated bowel. Cord structures preserved. Ilioinguinal nerve identified and protected.
Closure: Scarpa 3-0 vicryl, skin: 4-0 Monocryl running intradermal, glue.
EBL 15 mL. No drains. No complications.
Note: pt dialyzes Mon/Wed/Fri via R forearm fistula - no BP/IV in RUE. Surgery scheduled on non-HD day. BMI 24.1. Not diabetic.
"""),
("2020-04-02", "General Surgery Clinic - Post-op", """
Post-op clinic

66M, seven wks from open L inguinal hernia repair. Healed well at his 2-wk check. Late March he started getting sharp pain along the incision, and the wife noticed a purple, hard area. Now a black scab.
No fevers. HD team gave him a week of cephalexin for "infection" - no change.

Exam: L groin, along the lateral 2/3 of the inguinal incision: 4x1.5 cm black eschar sitting in a band of indurated violet skin, lacy purple at its edge, reaching toward the L upper thigh crease. Medial end of the scar well healed. No drainage, no fluctuance, no palpable recurrence of the hernia. R groin normal.
Imp: necrosis along a healed groin incision in a HD pt. Not behaving like SSI (no pus, no response to abx). Concern for calciphylaxis vs ischemic wound edge.
Plan: lateral-margin 4mm punch obtained today under 1% lido, one stitch; CT not needed. Avoid sharp debridement for now.
"""),
("2020-04-16", "General Surgery Clinic", """
Path review visit

Biopsy L groin: subcut fat w/ calcified, clotted small vessels and necrotic fat lobules; calcium confirmed on von Kossa. Consistent with calciphylaxis, in the healed L groin incision.
Talked w/ nephrology (Dr Anand): PTH 1120, phos high; plan sodium thiosulfate thrice weekly on dialysis, add cinacalcet, switch calcium acetate to sevelamer.
Wound 4.5x1.5 cm, unchanged. Mesh not exposed.
Plan: silver alginate, keep area dry, wound check 2 wk. If mesh exposes -> OR for explant discussion.
"""),
]}

T05 = {"patient_id": "T05", "age": 54, "sex": "F", "notes": [
("2023-01-13", "Surgical Wound Consult", """
Surgery consult - wound
54 F, ESRD, does CAPD at home (four exchanges/day). T2DM, insulin: Tresiba 40 u daily + Humalog w/ meals. Morbid obesity, BMI 41.7.

Hx: Slipped on icy steps at her sister's house on Christmas Eve, scraping her L shin against a step - a superficial abrasion, she put Neosporin on it. It was nearly scabbed over, but on 01/06/2023 the area became purple, swollen and agonizing, and within 3 days it went black.
On exam, mid-tibial L anterior shin: 5x3.5 cm black eschar with irregular, angulated borders; retiform purpura extending 3 cm proximally; indurated, exquisitely tender. Pedal pulses palpable. R shin intact. No other skin lesions.
Assessment: necrotic ulcer right where she scraped the shin recently in a PD pt - calciphylaxis most likely; pyoderma and infection less likely.
Plan: incisional bx next week, wound care w/ Santyl, ortho-wise no fracture (xray neg at UC on 12/26).
"""),
("2023-01-18", "Procedure Note", """
PROCEDURE: incisional wedge biopsy, L anterior shin
Indication: r/o calciphylaxis
Anesthesia: local, 1% lidocaine 4 mL
Description: elliptical wedge 1.5x0.5 cm taken across the superior border of the eschar, including adjacent indurated skin and full-thickness subcut fat to the fascia. Closed with 3-0 nylon, 3 interrupted sutures, tension acceptable. Sterile dressing.
EBL minimal. Specimens: to path with request for calcium stains.
Complications: none. Pt tolerated well. Will call with results.
"""),
("2023-01-30", "Plastic Surgery Consult", """
PLASTICS CONSULT - coverage options, L shin

Pathology 1/24: calciphylaxis (arteriolar medial calcification, thrombi in lumens, necrotic fat).
This arose in her fresh shin abrasion from the Christmas Eve fall.
Wound now 6x4 cm after it extended, mostly black eschar, biopsy wound dehisced partially.
BMI 41.7 (wt 112 kg). Still on PD, insulin as before.

Opinion: not a candidate for local flap or STSG right now - poor bed, calcified vessels, high risk of donor site non-healing. Recommend conservative care, STS, tight phos control, consider HBO if available. Will see back in 4-6 wks to re-evaluate for grafting once demarcated.
"""),
]}

T06 = {"patient_id": "T06", "age": 49, "sex": "F", "notes": [
("2020-06-18", "Surgical Consult", """
Consult - general surgery / wound

49 y/o female w/ ESRD (HD via L upper arm AVG, MWF), long-standing T2DM. On insulin since 2017, self-injecting NPH bid always into both outer thighs, taking turns R then L - "I never use my stomach, I can't stand needles near my belly."
R lateral thigh: pain started 6 weeks ago with a hard lump, now an open sore w/ black center.
L lateral thigh: a second matching lump appeared last week.
Nephrology made a clinical dx of calciphylaxis on 6/12 and outside derm biopsy (R thigh) returned yesterday: calciphylaxis.

PE: BMI 38.5.
  R lat thigh: 8x6 cm eschar, surrounding livedo racemosa, woody induration
  L lat thigh: 3x3 cm violaceous indurated plaque, no ulceration yet, tender
  Abd/arms: no lesions

Imp: calciphylaxis of both lateral thighs at her insulin injection zones.
Rec: OR for excisional debridement of R thigh eschar (L not yet necrotic - observe). Stop thigh injections - diabetes team switching her to arms w/ rotation. STS per renal.
"""),
("2020-06-22", "Operative Note", """
Op note
PREOP: calciphylaxis bilateral lateral thighs, R with eschar
POSTOP: same
PROCEDURE: R lat thigh excisional debridement, 9x7 cm, skin/subcut; Acticoat + ABD dressing
ANES: GA
FINDINGS: thick eschar, grey dusky fat underneath w/ gritty calcific feel on cutting, very little bleeding until ~1.5 cm deep. No purulence. Did NOT touch the L thigh plaque (intact skin).
EBL 50
SPEC: R thigh tissue to path + cx
COMPLICATIONS: none
DISPO: PACU then floor, HD tomorrow as usual
"""),
("2020-07-09", "Wound Surgery Progress Note", """
Wound surgery progress

R lateral thigh debridement bed: 9x7x1 cm, 30% pink granulation, 70% yellow slough, no exposed muscle. Dressing changed to hydrofiber.
L lateral thigh: the plaque ulcerated 7/3, now 3.5x3 cm w/ thin black crust.
Pt using arm injections now, no new thigh sites.
Weight 101 kg, BMI 38.5 (unchanged).
Plan: no STSG until ≥80% granulation and calciphylaxis activity settles; revisit 2 wks. Continue STS.
"""),
]}

T07 = {"patient_id": "T07", "age": 74, "sex": "M", "notes": [
("2024-11-05", "Orthopaedic Surgery Consult", """
Ortho consult (inpatient) - L shoulder

74M, HD TTS x 8 yrs, admitted for volume overload. Asked to see for L shoulder pain and "a black spot".
Known L rotator cuff arthropathy, not an operative candidate per our clinic 2023. Since the beginning of October he has been putting ice packs straight onto the superior surface of his L shoulder 3-4 times a day, frozen gel packs wrapped in a thin pillowcase. On 10/29/2024 he noticed a firm purple patch right where the ice sits.
Hx: was on Coumadin for a PE until 2022, now apixaban. No diabetes.

Exam: L shoulder, superior/anterior over the acromion and lateral clavicle: indurated, violaceous 4x3 cm plaque; center dusky and necrotic (1.5 cm); reticulate purpura at periphery. Passive ROM limited by cuff arthropathy. R shoulder normal skin. BMI 27.3.
Imp: this is a skin problem at the site of repeated icing rather than an ortho issue. Calciphylaxis vs cold injury. No joint effusion, no septic picture.
Plan: stop ice, gen surg to bx, renal aware.
"""),
("2024-11-08", "Procedure Note", """
Procedure - skin punch biopsy
Site: L superior shoulder, edge of necrotic plaque
Indication: differential calciphylaxis vs frostbite/cold panniculitis
Anesthetic: lidocaine 1% with epi 2 mL
Two 4-mm punches. Sutured 4-0 nylon. Apixaban held 24 h prior.
No complications. Specimens x2 to pathology (H&E + von Kossa).
"""),
("2024-11-21", "General Surgery Follow-up", """
Gen surg f/u

Path: calciphylaxis (vascular calcification and thrombi in dermal and subcutaneous vessels, surrounding necrosis). Cold panniculitis not favored.
So: calciphylaxis over the L shoulder where he was icing daily starting early Oct.
Lesion now 4.5x3.5 cm, center has formed a dry eschar. No ice since 11/5.
BMI 27.3.
Plan: leave eschar dry and intact (no sharp debridement, stable dry eschar), betadine paint, STS 3x/wk w/ HD, stop calcium carbonate. Palliative pain input. Return 3 wks.
"""),
]}

PATIENTS = [T01, T02, T03, T04, T05, T06, T07]
