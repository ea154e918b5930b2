"""probe8 corpus notes, D15-D20 (all invented)."""

D15 = {"patient_id": "D15", "age": 66, "sex": "F", "notes": [
("2018-10-12", "Colorectal Surgery Progress Note", """
COLORECTAL SURGERY - DAILY PROGRESS NOTE
POD 11 s/p open sigmoid colectomy with primary anastomosis (10/01/2018) for recurrent complicated diverticulitis with colovesical fistula; bladder repair by urology same sitting.

S: Tolerating soft diet. Flatus and 2 BMs. Midline incision pain mild. New complaint since yesterday: very painful dark spots on the lower belly, either side of the incision, where the nurses give her the "blood thinner shots". Also L calf still sore (DVT dx 10/7).

O: Tmax 37.6. HR 88, BP 142/80, SpO2 96% RA. UOP 1.4 L.
Abd: soft, appropriately tender. Midline incision: staples in place, c/d/i, no erythema, no drainage. JP drain R lower quadrant removed 10/9, site dry. Lower abdominal wall lateral to the incision, R and L: four separate 2-4 cm exquisitely tender violaceous plaques with retiform purpura; two (L) have a dusky gray-black center about 1 cm. Each is centered on an enoxaparin injection point (nursing documents injections in the lower abdomen, alternating sides, since POD 1, 40 mg daily, then 1 mg/kg BID from 10/7 for the DVT). Upper abdomen clear.
Foley removed 10/8 (bladder repair, cystogram negative).
Ext: L calf mildly swollen, soft.
Skin: sacrum intact.
Labs: WBC 10.1, Hgb 9.9, Plt 212 -> 141 -> 118 (down from 290 pre-op). Cr 1.4 (eGFR 39; baseline CKD 3a), Ca 10.8, PO4 4.1, Alb 2.6, PTH 148 (primary hyperparathyroidism known, pre-op workup). INR 1.7 (warfarin started 10/8, 5 mg daily).

A/P: 66F w/ obesity (BMI 38.0), CKD 3a, primary hyperparathyroidism, HTN, POD 11 from open sigmoid colectomy, with provoked L popliteal DVT (10/7) on enoxaparin bridging to warfarin.
1. Postop - doing well. Advance diet. Staples out POD 14. Ambulate.
2. Painful necrotic plaques where enoxaparin was injected + falling platelets - concern for HIT with heparin-induced skin necrosis. Early warfarin necrosis also on the list (warfarin day 4, no bolus). Less commonly, nonuremic calciphylaxis can do this in obese women with hyperparathyroidism, low albumin and warfarin; cannot exclude it. STOP enoxaparin; start argatroban per pharmacy. HOLD warfarin, give vitamin K 5 mg PO given skin necrosis concern; restart warfarin later with overlap. HIT PF4 antibody sent. Derm consult for evaluation and biopsy.
3. DVT L leg - argatroban, then warfarin when platelets > 150.
4. CKD 3a - stable.
5. Primary HPT - endocrine surgery as outpatient.
6. DM screen: A1c 5.6, no diabetes.
"""),
("2018-10-13", "Dermatology Consult", """
Dermatology consult - Colorectal surgery service
66 y/o F POD 12, obese, CKD 3a, primary hyperparathyroidism (Ca 10.8), low albumin, on enoxaparin since 10/2 into lower abdomen, warfarin 10/8-10/11. New painful plaques 10/11.
Exam: bilateral lower abdominal wall: 4 retiform purpuric plaques, 2-4 cm, two with early central necrosis, each surrounding an injection puncture; livedoid border. Thighs, breasts, buttocks clear.
Assessment: Necrotic retiform purpura at LMWH injection sites. Differential, in no firm order:
 (a) heparin-induced skin necrosis (platelet drop supports; PF4 pending),
 (b) warfarin-induced skin necrosis (timing day 3-4 fits),
 (c) nonuremic calciphylaxis (obesity, PHPT, hypoalbuminemia, warfarin) - possible, cannot be excluded clinically.
A biopsy with von Kossa would separate these. Discussed at length with the patient; she declines any biopsy ("no more cutting, I just had my belly opened"). Respect her decision; reoffer later.
Plan: agree with stopping LMWH and holding warfarin; petrolatum under non-stick pads for wound care; no injections into the abdomen; will re-examine in 2-3 days.
"""),
("2018-10-30", "Rehabilitation Facility Admission Note", """
SUBACUTE REHAB - ADMISSION H&P (transfer from hospital)
66F after open sigmoid colectomy 10/1/18, postop L leg DVT, now deconditioned.
Hospital course per discharge summary: PF4 antibody weakly positive (OD 0.58), serotonin release assay not sent before transfer; platelets recovered to 190 off heparin. Argatroban bridged to warfarin, INR 2.3 today. Lower abdominal wall necrotic plaques at the enoxaparin sites - derm differential HIT-related necrosis vs warfarin necrosis vs possible nonuremic calciphylaxis; the patient again declined biopsy on 10/22, so the cause was never established.
Exam: BMI 38. Midline incision healed, staples out. Lower abdomen: 4 plaques now with dry black eschars 1-2 cm, surrounding purpura fading. L calf soft.
A/P:
1. Abdominal wall necrosis, unclear etiology (possible calciphylaxis not excluded) - dry dressings, no sharp debridement, derm f/u at 2 wks.
2. DVT - warfarin, INR goal 2-3, weekly INR. No heparin products (HIT listed as allergy pending confirmation).
3. PT/OT 5x/week; goal home with daughter.
4. CKD 3a, primary HPT - outpatient endocrine surgery.
"""),
]}

D16 = {"patient_id": "D16", "age": 80, "sex": "M", "notes": [
("2025-01-20", "Emergency Department Note", """
ED NOTE
80 y/o M on hemodialysis (MWF) brought by his son for a painful discolored area on the L knee. He has bad osteoarthritis of that knee (declined TKA because of dialysis) and since last month he has been strapping a gel ice pack from the freezer onto the inside of his L knee several times a day, sometimes falling asleep with it on. About a week ago the skin there turned purple and it now has a dark center; pain 7/10, worse than his usual arthritis pain. No fever. No fall. No injections into the knee this year (last steroid injection was in 2023, R knee).
PMH: ESRD (HTN/DM2); DM2 treated with linagliptin, never insulin; HTN; AAA 4.1 cm under surveillance, BPH. No anticoagulants.
Exam: T 36.7, HR 70, BP 160/84. L medial knee: 5 x 4 cm mottled violaceous plaque with a 1.5 cm central dusky-black area, cool, firm, very tender; faint livedo above and below. Knee effusion small, ROM limited by pain as baseline. R knee: no skin changes. Pedal pulses dopplerable bilat.
XR L knee: tricompartmental OA, no fracture, vascular calcification in the popliteal artery.
Labs: WBC 7.2, CRP 12, Ca 9.6, PO4 6.2.
Assessment: L medial knee plaque exactly where the ice pack has been strapped again and again. Cold injury (frostbite-like / cold panniculitis) most likely; in an ESRD pt, calciphylaxis is also a consideration. Not cellulitis.
Plan: stop ice; warm (not hot) room-temperature compresses only; acetaminophen; urgent outpatient derm referral placed (1/29). Son to take photos daily. Return for spreading redness, fever, or blistering.
"""),
("2025-01-29", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
80M, ESRD on HD, DM2 (no insulin), L knee OA. Referred from ED for L medial knee plaque.
Hx: ice packs strapped to the L inner knee several times daily since December, frequently left on 60+ minutes. Purple change noted mid-January. Stopped ice on 1/20 per ED. Pain slightly better.
Exam: L medial knee: 5 x 4.5 cm indurated violaceous plaque, retiform edges, central 2 cm dry dark eschar. Tender. No other skin lesions (checked abdomen, thighs, calves, buttocks, arms).
Assessment: Early necrosis in retiform purpura, located at a site of chronic cold exposure. Favor cold panniculitis / cold injury; cannot rule out early calciphylaxis given dialysis and calcified vessels on x-ray.
Procedure: punch (4 mm) at the edge of the L medial knee plaque; H&E plus von Kossa requested. Vaseline + bandage.
Plan: results by phone; no ice or heat; follow-up 4 weeks.
"""),
("2025-02-10", "Dermatology Telephone Note", """
Phone call to pt and son re: biopsy result.
Path (L medial knee, 4 mm punch): lobular panniculitis with fat necrosis and some perivascular lymphocytes; no vascular calcification or thrombi seen in the sampled vessels. Pathologist comment: the specimen is superficial and includes little deep fat; findings are nonspecific - compatible with cold panniculitis, and early calciphylaxis is not excluded on this sample.
Discussed a deeper incisional biopsy to setle it. Pt declines ("the knee finally hurts less, leave it alone"). Son agrees with him.
Assessment: L knee plaque - cold injury vs possible early calciphylaxis, unresolved. Lesion improving off ice.
Plan: no further biopsy per pt preference. Let his nephrologist know so binder and vitamin D can be reviewed as a precaution. Derm f/u 3/3 as scheduled; sooner if new lesions appear.
"""),
]}

D17 = {"patient_id": "D17", "age": 62, "sex": "M", "notes": [
("2025-03-03", "Podiatry Clinic Note", """
PODIATRY - follow-up, high-risk foot clinic
62 yo M, DM2 on insulin (30 yrs), ESRD on HD TTS, peripheral neuropathy, obesity (BMI 31.0). Dialysis unit sent him back for a L heel wound.
HPI: In early February he bought new stiff-backed work shoes for his part-time job at a hardware store. About 3 weeks ago his wife spotted a blister at the back of his L heel, where the shoe rubs; he felt nothing. Blister deroofed and became a shallow wound. No fever. He injects insulin in his abdomen. Also scraped his R shin against a store cart 2 wks ago - "just a scratch".
Exam:
Vascular: DP 1+ / PT 1+ bilat, CFT < 3 s, no rubor.
Neuro: absent 10 g monofilament bilat to the midfoot; vibration absent at the hallux.
Derm: L posterior heel: 2.1 x 1.6 x 0.3 cm ulcer, granular base, hyperkeratotic rim, no exposed bone, no probe to bone, minimal serous drainage, no periwound erythema. Painless. Without purpura, livedo or eschar. R anterior shin: 3 cm linear healing abrasion, scabbed, no surrounding change. R foot: callus sub-met 1.
MSK: Haglund deformity L.
Assessment: Neuropathic pressure ulcer L posterior heel from ill-fitting footwear (Wagner 1, UT 1A). His dialysis physician asked whether this could be calciphylaxis: the wound is painless, sits exactly at the shoe counter, and has a granular base without retiform purpura or necrosis - no evidence of calciphylaxis; it is a diabetic foot ulcer.
Procedure: excisional debridement of hyperkeratotic rim to healthy bleeding tissue, 3.4 sq cm; hemostasis with pressure.
Plan: stop the work shoes; heel offloading boot; silver alginate + foam; weekly visits; diabetic shoes with heel pocket ordered. HbA1c 8.8 - discussed with pt; message to PCP.
"""),
("2025-03-10", "Dialysis Rounds Note", """
HD rounds, 1st shift, chair 21
S: feels ok. Wearing the offloading boot on the L.
O: Pre 166/90, post 142/80. Wt 102.8/100.9 (EDW 100.5). R arm AVF +thrill. L heel dressing c/d/i.
Labs: Hgb 10.6, K 5.2, PO4 5.8, Ca 8.9, PTH 420, Alb 3.8.
A/P:
- ESRD on HD: UF 2 L, Kt/V 1.4.
- L heel diabetic foot ulcer (pressure from new shoes), podiatry debrided 3/3. I raised calciphylaxis on 2/27 because of his risk profile; podiatry assessment reassuring, wound painless and improving. Calciphylaxis not suspected now.
- DM2 on insulin glargine 40 u + lispro SSI, A1c 8.8 - endo referral.
- Obesity BMI 31.
- Phos: sevelamer 1600 TID, dietitian reviewed.
"""),
("2025-04-02", "Emergency Department Note", """
ED NOTE
CC: L forearm laceration.
62M HD pt (TTS), DM2 on insulin, fell off a 3-step stepladder while hanging a curtain rod at home 1 hour ago, cut his L forearm on the edge of the radiator. No LOC, no head strike, no neck pain.
Exam: L volar forearm: 5 cm linear laceration, clean edges, subcutaneous depth, no tendon exposure, full finger flexion/extension, sensation intact, radial pulse 2+. Small abrasion L elbow. L heel: healing ulcer under dressing (podiatry following). No other injuries. BP 158/88, glucose 212.
Procedure: irrigated with 500 mL NS, lidocaine 1% local, closed with 6 simple interrupted 4-0 nylon sutures. Tdap up to date (2022).
Dispo: home; suture removal in 10-12 days at PCP; keep dry 24 h; return for signs of infection. Remind dialysis unit (R arm access, L forearm injured - OK).
"""),
]}

D18 = {"patient_id": "D18", "age": 45, "sex": "F", "notes": [
("2016-06-25", "Cardiology Inpatient Progress Note", """
CARDIOLOGY (CARDIAC SURGERY STEP-DOWN) PROGRESS NOTE
POD 9 s/p mechanical mitral valve replacement (31 mm bileaflet) on 06/16/2016 for rheumatic mitral stenosis.

Subjective: Sternal pain controlled. Walking the hall x3. New since last night: severe pain in the L thigh and a "big purple bruise" there that she did not bump. Also some tenderness of the R breast.

Objective: T 37.3, HR 82 sinus, BP 112/68, SpO2 97% RA. Wt 73 kg, BMI 27.5.
Sternotomy: intact, no drainage, sternum stable. Chest tube sites x2 below the xiphoid: healing, sutures in place. Epicardial wires removed 6/22.
L anterolateral thigh: 12 x 8 cm well-demarcated area of purple-black discoloration with hemorrhagic bullae at the center, surrounded by erythema; exquisitely tender. R breast: 4 cm tender erythematous patch, lower outer quadrant, early dusky center. Abdomen: small ecchymoses at enoxaparin injection sites, no necrosis there. R groin: healed femoral arterial line site.
Labs: INR 3.9 (warfarin started 6/20 at 10 mg x 2 days then 5 mg), Plt 238 stable, Hgb 10.1. Cr 0.8. Ca 9.1.

Assessment and plan: 45F with rheumatic MS, s/p mechanical MVR, on warfarin (enoxaparin bridge, 1 mg/kg SC q12h into the abdomen since 6/18) with new painful necrotic lesions on the L thigh and the R breast 5 days after warfarin loading.
1. Suspected warfarin-induced skin necrosis - classic timing and fatty sites. Platelets stable, HIT unlikely. She has no renal disease, but nonuremic calciphylaxis on warfarin is in the differential. Plan: hold warfarin, vitamin K 2.5 mg PO, send protein C/protein S activity (drawn pre-vitamin K), continue full-dose enoxaparin (mechanical valve needs anticoagulation), derm consult today for biopsy.
2. Mechanical MVR - continue LMWH; re-warfarinize slowly at low dose once protein C status known, without loading.
3. Post-op AF - none since POD 3; amiodarone stopped.
4. Pain - acetaminophen; oxycodone 5 mg up to six times daily if needed.
"""),
("2016-06-26", "Dermatology Consult", """
Dermatology consult.
45F POD 10 mechanical MVR; warfarin day 6; enoxaparin since 6/18 into abdomen. Painful necrotic L thigh and R breast lesions since 6/24-25.
Exam: L anterolateral thigh: 13 x 8 cm necrotic plaque with hemorrhagic bullae and a sharply demarcated border; R breast lower outer quadrant: 4 x 3 cm purpuric plaque with central dusky necrosis. No livedo, no retiform pattern. Abdomen: only bruises at injection sites.
Impression: Favor warfarin-induced skin necrosis. DDx: nonuremic calciphylaxis (warfarin exposure) - less likely given the acute time course and normal renal function; HIT skin necrosis - unlikely with stable platelets. Biopsy to confirm.
Procedure: punch (6 mm) taken at the L thigh plaque margin.
Recs: agree with holding warfarin and giving vitamin K; protein C; gentle dressings; plastics if full-thickness necrosis demarcates.
"""),
("2016-06-29", "Dermatopathology Report with Clinical Follow-up", """
DERMATOPATHOLOGY
Specimen: skin, left thigh, punch.
Findings: Extensive epidermal and dermal necrosis. Fibrin thrombi plug many small vessels (capillaries, venules) in dermis and subcutis, with hemorrhage around them. Neither H&E nor von Kossa shows calcium in vessel walls or fat. Vasculitis absent.
Diagnosis: Thrombotic vasculopathy with hemorrhagic necrosis; this pattern is typical of skin necrosis induced by warfarin. There is no calcification in or outside vessels, so the findings argue against calciphylaxis.

Clinical follow-up (cardiology, same day): Protein C activity 38% (low), protein S normal. Final diagnosis warfarin-induced skin necrosis in the setting of protein C deficiency; calciphylaxis ruled out. Plan: warfarin restarted at 2 mg daily under full-dose enoxaparin cover, slow titration to INR 2.5-3.5; plastic surgery following the L thigh wound for possible debridement and grafting once demarcated.
"""),
]}

D19 = {"patient_id": "D19", "age": 52, "sex": "M", "notes": [
("2023-06-05", "General Surgery Consult (transcribed)", """
GENERAL SURGERY CONSULTATION

DATE OF SERVICE: 06/05/2023.
REQUESTED BY: Gastroenterology inpatient service.
REASON: Enlarging painful ulcers around the ileostomy and along the old laparotomy scar. Is there an abscess or an anastomotic or stomal problem requiring operation?

HISTORY OF PRESENT ILLNESS: Mr. Lindqvist is a 52-year-old electrician with long-standing ileocolonic Crohn disease who underwent total proctocolectomy with end ileostomy in the right lower quadrant through a midline laparotomy in 2019. He has had intermittent peristomal irritation since, managed by the ostomy nurses. Around the middle of May he developed a small painful pustule at the edge of the stoma, under the wafer. He picked at it, it broke open, and within days it became an ulcer that has grown rapidly. About a week later a second ulcer appeared along the lower part of the midline scar, a spot where he had scratched an itchy area. He describes the pain as out of proportion to what he sees. He has also had loose, high-volume stoma output, joint aches in the knees, and a 4 kg weight loss. No fevers at home. He has normal kidney function and no diabetes, and has never taken warfarin. His medications are infliximab every 8 weeks (last dose 6 weeks ago, levels pending), loperamide and a multivitamin.

PAST MEDICAL HISTORY: Crohn disease as above, primary sclerosing cholangitis ruled out, nephrolithiasis in 2017, anxiety.

PAST SURGICAL HISTORY: Total proctocolectomy and end ileostomy 2019; two prior perianal abscess drainages.

SOCIAL HISTORY: Electrician. Non-smoker. Lives with his partner.

PHYSICAL EXAMINATION:
VITALS: T 37.6 C, pulse 96, BP 118/72. Weight 66 kg, BMI 21.9.
ABDOMEN: Soft, mildly tender around the stoma only. No peritonitis. The end ileostomy in the right lower quadrant is pink, budded and productive of liquid effluent. Around the stoma, from 3 to 9 o'clock, lies an ulcer measuring 6 x 4 cm whose edge is violaceous, undermined and overhanging and a purulent-looking base; there is no fluctuance, and probing does not reveal a sinus or fistula tract toward the bowel. Along the lower midline scar is a separate ulcer, 3 x 2 cm, sharing that violaceous undermined border. No crepitus. No eschar, no retiform purpura.
EXTREMITIES: No lesions on the legs. Knees without effusion.

LABORATORY: WBC 12.4, CRP 96, albumin 2.9, creatinine 0.9, calcium 9.3.
Contrast-enhanced CT of abdomen/pelvis: no intra-abdominal abscess, no parastomal collection, no fistula; mild thickening of the terminal ileum proximal to the stoma.

IMPRESSION: Peristomal and incisional ulcers with undermined violaceous borders arising at sites of minor trauma (pathergy), in a patient with active Crohn disease. This is most consistent with pyoderma gangrenosum. There is no surgical abscess, fistula or stomal complication. Calciphylaxis was raised by the admitting resident because of the necrotic-looking base, but he has normal renal function, normal calcium, no warfarin, and the morphology is not that of calciphylaxis; I do not think it needs further consideration. Infection is secondary at most.

RECOMMENDATIONS:
1. No operative intervention. Please avoid sharp debridement, which can worsen pyoderma gangrenosum.
2. Dermatology consultation; a biopsy from the edge, if done, should be small.
3. Stoma nurse to refit the appliance with a convex barrier ring to reduce leakage under the wafer.
4. Gastroenterology to consider optimizing Crohn therapy.
"""),
("2023-06-08", "Dermatology Consult", """
Dermatology consult.
52M, Crohn's with end ileostomy, peristomal ulcer (since mid-May) and second ulcer on lower midline scar after scratching.
Exam: RLQ peristomal ulcer 6.5 x 4 cm with undermined violaceous border, cribriform edge; lower midline ulcer 3 x 2 cm similar. Absent: retiform purpura, livedo, eschar.
Biopsy 6/6 (edge, 4 mm): dense neutrophilic dermal infiltrate with abscess formation and peripheral lymphocytic vasculopathy; no calcification, no organisms. Cultures: skin flora only.
Assessment: Pyoderma gangrenosum, peristomal and at a pathergy site on the incision. Calciphylaxis excluded clinically and histologically.
Plan: clobetasol ointment to ulcer edges, prednisone 60 mg daily, GI increasing infliximab to 10 mg/kg; wound care with non-adherent silicone dressing; stoma appliance refit; avoid trauma to the peristomal skin.
"""),
]}

D20 = {"patient_id": "D20", "age": 83, "sex": "F", "notes": [
("2024-07-08", "Nursing Facility Skin Assessment", """
LONG-TERM CARE NURSING NOTE - weekly skin check, Wing B room 14
Resident: 83 y/o F, HD Mon/Wed/Fri (goes out by van), DM2 on insulin, dementia (moderate), wheelchair for distances, two-person assist for transfers. Wt 47.6 kg, BMI 20.4.
Skin findings:
1. L forearm, dorsal: 4 cm skin tear (Payne-Martin category 2) from transfer yesterday evening when her arm hit the wheelchair armrest. Flap approximated with Steri-Strips; silicone dressing; arm protectors ordered.
2. Sacrum/coccyx: pressure injury, stage 2, 1.5 x 1 cm, pink wound bed, no slough; reported 7/1. Repositioning q2h, low-air-loss mattress, foam dressing.
3. R upper arm (posterior): 2 cm red, warm, tender lump at the insulin injection area. Per care plan her insulin goes into the posterior upper arms, alternating sides. Notified NP.
4. Bruises on both hands from fingerstick glucose checks - no open areas.
5. Heels: intact, boots on in bed.
Plan: NP to evaluate R arm lump; continue pressure injury protocol; family (son) notified of skin tear.
"""),
("2024-07-15", "Emergency Department Note", """
ED PHYSICIAN NOTE
83F from LTC facility; hemodialysis MWF for ESRD; insulin-treated DM2; dementia; sent after she slid out of her wheelchair this morning. Staff found her on the floor; unwitnessed. At baseline per staff (oriented to self).
Exam: BP 148/70, HR 80, SpO2 97%. Small 3 cm hematoma R forehead, no laceration. C-spine nontender. R shin: 4 cm laceration, superficial, bleeding controlled. L forearm: healing skin tear with Steri-Strips. R upper arm: 1.5 cm fluctuant nodule with surrounding erythema at the insulin injection area - abscess, being treated with doxycycline at the facility since 7/10. Sacrum: stage 2 pressure injury per facility dressing note, not taken down.
CT head: no acute bleed; chronic small-vessel changes. CT c-spine: no fracture. R lower leg x-ray negative.
Procedures: R shin laceration cleaned and closed with tissue adhesive and Steri-Strips. Bedside I&D of R upper arm abscess (1 cm incision, small amount of pus, packed).
Dx: fall from wheelchair; R forehead hematoma; R shin laceration; R upper arm injection-site abscess.
Dispo: back to facility; fall precautions; wound checks; finish doxycycline; insulin injections to be given in the L arm or abdomen while the R arm heals.
"""),
("2024-07-22", "Dialysis Rounds Note", """
HD rounds - MWF 3rd shift, chair 2
S: Resident confused at baseline, calm on the machine. Facility reports fall last Monday, ED visit, no fracture.
O: BP 138/66 pre. Wt 47.2 kg (EDW 47.0). L arm AVF - good thrill.
Skin (seen today): R shin laceration closed, healing. R upper arm I&D site - packing out, small clean wound. Sacral stage 2 pressure injury reportedly smaller per facility. L forearm skin tear healing.
Labs: K 4.8, PO4 4.3, Ca 8.9, Alb 3.1, Hgb 10.8.
A/P:
- ESRD: UF goal 0.5 kg; tolerating 3.5 h.
- DM2 on insulin - glargine 6 u; fingersticks ok 120-190.
- Wounds as above, facility managing.
- Nutrition: low albumin, add supplement with HD.
- Falls: facility PT.
"""),
("2024-08-19", "Hospital Medicine History and Physical", """
ADMISSION NOTE - HOSPITAL MEDICINE
Admitted: 08/19/2024
Informants: facility nurse by phone, son (health care proxy), transfer packet; patient unable to give history (dementia).

Chief complaint: found unresponsive with glucose 38.

History of present illness: 83-year-old woman from a long-term care facility with ESRD dialyzed MWF, long-standing type 2 diabetes (insulin since 2015), moderate Alzheimer dementia and recurrent falls. This morning staff found her difficult to rouse before breakfast; fingerstick 38. She received glucagon 1 mg IM into the left thigh by facility staff and oral glucose gel once she could swallow, with a rise to 96, but she stayed drowsy and was sent in. Her intake has been poor for two weeks; her glargine dose had not been reduced. No vomiting reported. No new medicines apart from a course of doxycycline in July for an abscess at an insulin injection site on the right upper arm, which was drained in our ED on 7/15 and has healed. She had a fall from her wheelchair on that same date (right shin laceration, glued, now healed).

Past medical history: Diabetic kidney disease, ESRD, on HD since 2019 via left upper arm AV fistula. Type 2 diabetes since the 1990s, retinopathy. Alzheimer dementia. Hypertension. Osteoporosis with a healed left wrist fracture (2021). Stage 2 sacral pressure injury since July. Recurrent skin tears.
Medications (facility MAR): insulin glargine 6 units nightly (given into the upper arms, L arm only since July), sevelamer 800 mg with meals, amlodipine 5 mg, donepezil 5 mg, sertraline 25 mg, acetaminophen 650 mg every 8 hours as needed, protein supplement with dialysis.
Allergies: ACE inhibitors (angioedema).
Social: widowed, in long-term care for 3 years. Son visits weekly. No tobacco or alcohol.
Code status: DNR/DNI, confirmed with son.

Review of systems: unobtainable beyond the above.

Examination:
Vitals: T 36.2, HR 68, BP 112/58, RR 16, SpO2 96% on room air. Weight 45.9 kg, BMI 19.6.
General: frail, drowsy but rousable to voice, follows one-step commands.
HEENT: dry mucosa. Old yellow bruise at the right forehead.
Neck: supple.
Lungs: clear.
Heart: regular, soft systolic murmur at the base.
Abdomen: scaphoid, soft, non-tender.
Left arm: AV fistula, thrill present. Dorsal forearm: healed skin tear with a thin pink scar; a new 2 cm skin tear on the back of the left hand from the ambulance transfer, flap in place.
Right arm: healed incision and drainage scar on the posterior upper arm, no fluctuance.
Left thigh: small bruise where the glucagon was given this morning.
Legs: right shin laceration healed; both heels boggy and purple - deep tissue pressure injury of the left heel (3 x 2 cm, intact skin, maroon) and early changes at the right heel.
Sacrum: stage 2 pressure injury measuring 2 by 1.5 cm, shallow, pink base, no slough, no odor.
Neuro: moves all limbs, no focal deficit.

Data: glucose 88 on arrival, 142 after D10. Na 134, K 5.4, HCO3 20, BUN 61. WBC 7.0, Hgb 9.9. Albumin 2.8. Lactate 1.1. ECG: sinus rhythm, no acute change. CXR: no infiltrate.

Assessment and plan: frail 83-year-old with ESRD and diabetes admitted with severe hypoglycemia from continued basal insulin during poor oral intake.
1. Hypoglycemia - hold glargine; D10 infusion, fingersticks every hour until stable; restart at 2-3 units only if glucose persistently above 200. Message facility to adjust their sliding scale and stop insulin when meals are refused.
2. ESRD - dialysis tomorrow (regular day); potassium acceptable.
3. Pressure injuries: deep tissue injury of the left heel and stage 2 sacral - wound care nurse consult, offloading boots on at all times, low-air-loss mattress, turn every 2 hours, nutrition consult.
4. Skin tear left hand - silicone contact layer, no adhesive strips.
5. Dementia - delirium precautions, avoid sedatives; son at bedside tonight.
6. Malnutrition - albumin 2.8, BMI under 20; dietitian; liberalize diet.
7. Falls - bed alarm, low bed.
Disposition: expect return to facility in 2-3 days.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
