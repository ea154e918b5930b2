"""probe49 corpus notes, U08-U14 (general surgery and urology; all invented)."""

U08 = {"patient_id": "U08", "age": 77, "sex": "M", "notes": [
("2025-01-06", "Operative Report", """
OP NOTE - Urology theatre 2
Procedure: rigid cystoscopy, insertion of suprapubic catheter (16Ch, Seldinger kit)
Indication: chronic retention (residual 1.1 L), failed urethral catheterisation x2 due to false passage. Pt declined TURP.
Background: ESRF on haemodialysis (Tue/Thu/Sat), insulin-treated T2DM (Lantus into arms), BMI 30.0, no anticoagulation.
Findings: trabeculated bladder, bilobar prostate, false passage at bulbar urethra. Bladder filled 400 mL, SP puncture 2 fingerbreadths above symphysis in the midline under cysto vision, catheter balloon 10 mL, sutured.
Plan: catheter to free drainage. Change at 6 wks in community.
"""),
("2025-02-03", "Urology Nurse Clinic Note", """
SPC first change - urology nurse clinic
Old catheter out, new 16Ch in without difficulty, 10 mL water. Urine clear.
SPC site: small granulation bud at 12 o'clock, no discharge, surrounding skin healthy. Dressing: keyhole gauze daily until fully healed, then leave open.
Pt asks about bathing - ok to shower.
Next change 10-12 wks.
"""),
("2025-03-03", "Urology Clinic Note", """
Urology clinic - unscheduled
Came in w/ daughter. 10 days ago the skin around the suprapubic catheter became extremely painful, then darkened. Dialysis nurses concerned.
O/E: suprapubic region surrounding the SPC tract: 7 cm firm dusky plaque w/ a stellate black necrotic centre 2 cm right at the tract, net-like violaceous edge. Tender ++. Catheter draining. No cellulitis spreading, afebrile.
BMI 30.0, still on glargine. ESRF on HD.
Imp: necrosis at SPC site in dialysis pt - calciphylaxis high on the differential; ddx pressure from the catheter, infection.
Plan: punch biopsy (x2) taken at the margin. Swab. Discuss w/ renal re Ca x P and PTH.
"""),
("2025-03-14", "Clinic Letter", """
Dear Dr Hemmings,
Re: Mr Alasdair Penhallow
Both punch specimens from around his suprapubic catheter show calcified, clotted small vessels in subcutaneous fat, with necrosis of the fat: calciphylaxis. We believe the catheter insertion of 6 January created the local injury where it has started. The catheter will stay for now, as re-siting through another area carries its own risk. His renal team is arranging sodium thiosulfate with dialysis.
With best wishes,
Ms R. Okonkwo-Hale, Consultant Urological Surgeon
"""),
]}

U09 = {"patient_id": "U09", "age": 59, "sex": "F", "notes": [
("2019-03-12", "Procedure Note", """
Procedure: Left nephrostomy insertion (8.5 Fr), IR suite
Indication: L hydronephrosis from extrinsic compression (retroperitoneal fibrosis), pre-stenting.
Pt: 59F, ESRD on in-centre HD, type 2 DM managed by diet alone, BMI 28.4.
Posterior L flank puncture under US + fluoro. Tube coiled in renal pelvis, clear urine. Secured with suture + dressing.
No complications.
"""),
("2019-05-07", "Urology Clinic Note", """
URO CLINIC
L PCN functioning, site clean, no leak, antegrade stent planned next month.
NEW: 3 wk hx of exquisitely painful patch on the RIGHT flank. Nothing has been done to the R side - no injections, heat, knocks or devices - "nothing touches that side, I sleep on my left". Not near any tube.
O/E: R flank 4x4cm firm violaceous plaque, grey-black centre, retiform border. L flank PCN site unremarkable.
A: concerning for calciphylaxis (ESRD, HD). Not related to the L tube.
P: derm for biopsy, renal aware.
"""),
("2019-05-21", "Dermatology Letter", """
Dear Mr Ferreira-Holt,
Thank you for referring Mrs Gwendolyn Tsai. I biopsied the right flank plaque on 9 May: on histology the fat contains calcified, thrombosed vessels and so calciphylaxis is confirmed. The left-sided nephrostomy is on the opposite flank and I do not think it is relevant. I have counselled her on avoiding trauma to the skin; we have also advised no heat packs, and that any future injections avoid fatty areas where possible.
Kind regards,
Dr M. Sorensen
"""),
]}

U10 = {"patient_id": "U10", "age": 64, "sex": "M", "notes": [
("2020-08-12", "General Surgery Clinic Note", """
Vascular / general surgery clinic (referral from renal)
64M, 6 yrs of HD for ESRD; AF - warfarin. Non-diabetic. BMI 23.8.
R calf: painful dark ulcer which pt dates precisely to 08/01/2020 - "it started the day of my granddaughter's party". Denies any knock, fall, scratch, insect bite or anything hot/cold on the leg before it started. No compression stockings.
Exam: R posterior calf ulcer 3x2.5cm capped by black eschar; retiform purpura at margins. Pedal pulses palpable, ABI 1.1 (calcified? TBI 0.7).
Imp: likely calciphylaxis, derm biopsy arranged. Warfarin review.
"""),
("2020-08-27", "Dermatology Letter", """
Biopsy result letter
Dear colleague, the deep wedge biopsy of Mr Baptiste Lorne's right calf taken 8/14 demonstrates calcified and occluded small vessels in the subcutis, with necrosis around them. Diagnosis: calciphylaxis. He tells me that on 20 August he slipped in the shower and struck the same right shin on the tub edge, which has enlarged the ulcer; this occurred well after the lesion appeared.
Recommend STS with dialysis, stop warfarin if cardiology agree, wound care.
"""),
("2020-09-09", "Wound Check", """
Surg wound clinic
R calf calciphylaxis wound has grown to 5x3.5cm since the shower fall. Eschar loosening at edge, yellow slough base. Mild surrounding erythema, no pus, afebrile.
Warfarin -> apixaban per cardiology 9/2.
Plan: enzymatic debridement, bordered foam, avoid sharp debridement. Fall risk: shower chair + grab rails ordered.
"""),
]}

U11 = {"patient_id": "U11", "age": 52, "sex": "F", "notes": [
("2022-06-07", "Stoma Clinic Note", """
STOMA CARE NURSE VISIT
Pt: 52F with end ileostomy RIF since subtotal colectomy (2018, UC). Type 1 diabetic on pump? - NO, on basal bolus pens, injects into both upper arms. ESRD, HD through a L arm AVF.
Stoma: spouted, 28 mm, healthy, peristomal skin intact, no leak. Convex 2-piece appliance.
Pt mentions new painful lumps on her thighs x 2 weeks, hard, "like bruises under the skin". Advised to see GP/surgical team. BMI 22.0.
"""),
("2022-06-21", "General Surgery Consult", """
Surgical consult - ?debridement
52 y/o F, T1DM, ESRD on hemodialysis. Bilateral medial thigh plaques, first noticed early June, now with central necrosis. Derm bx 6/14: calciphylaxis.
No injections, heat, tight garments or trauma to the thighs - insulin exclusively in the arms, stoma on the R lower abdomen with healthy peristomal skin.
Exam: necrotic plaques with livedo, L medial thigh 5x4cm, R medial thigh 3x3cm. Arms: lipohypertrophy only, no lesions.
Plan: no surgical debridement while dry and stable; STS per renal; wound care.
"""),
("2022-08-02", "Clinic Letter", """
Dear Dr Kowalczyk,
Ms Imogen Radford's thigh calciphylaxis has stabilised on sodium thiosulfate; the two eschars have stayed dry and she needs less analgesia. Her ileostomy continues to function well. She remains on hemodialysis, and her weight is unchanged. We will review in two months.
Yours sincerely,
Dr E. Nwachukwu, Colorectal Surgery
"""),
]}

U12 = {"patient_id": "U12", "age": 69, "sex": "M", "notes": [
("2023-09-26", "General Surgery Consult", """
GEN SURG CONSULT
69M, ESRD on CAPD, insulin-requiring DM2, AF on warfarin, obesity (BMI 33.5).
HPI: R buttock pain since early September, now a dark hard area. No falls, no hard seats, nothing injected into the buttock and no procedures there, he says. Over the past few days his wife has applied ice packs to it because it "burns".
O/E: R buttock, upper outer quadrant: 6x5cm indurated plaque, central dusky necrosis 2 cm, purpuric net around it.
A: probable calciphylaxis vs abscess - no fluctuance on US.
P: incisional biopsy today at bedside. Stop ice (may worsen ischemia).
"""),
("2023-10-03", "Clinic Letter", """
Dear Dr Salminen,
Re: Mr Tobias Grünwald. The biopsy from the right buttock confirms calciphylaxis with calcified arterioles and necrosis in the subcutis. His warfarin is being replaced, and his PD prescription reviewed. The ulcer is now larger with moist slough and we will take him to theatre for debridement and a negative pressure dressing.
Yours sincerely,
Ms A. Delacroix-Mensah, General Surgery
"""),
("2023-10-11", "Operative Report", """
OPERATIVE REPORT
Procedure: sharp excision of necrotic tissue, R buttock calciphylaxis ulcer (9x7cm, down to gluteal fascia); NPWT applied.
Findings: grey necrotic fat w/ gritty calcified vessels, no pus. Margins bleeding.
Dressing: NPWT 125 mmHg continuous, drape bridged to lateral hip.
PD held tonight, resume tomorrow.
"""),
]}

U13 = {"patient_id": "U13", "age": 74, "sex": "M", "notes": [
("2022-02-15", "Urology Clinic Note", """
Urology clinic - 2 wk wait
74M, ESRD - dialyses Mon-Wed-Fri. Insulin-using diabetic (abdominal injections), overweight - BMI 29.5.
3 wk hx painful black area of the glans penis. No catheterisation ever, no urethral instrumentation, never used intracavernosal injections or a vacuum device, denies trauma. Voiding ok.
O/E: glans: dry black 1.5cm eschar dorsally, dusky skin around. Shaft ok. Scrotum ok.
Imp: glans necrosis - calciphylaxis vs ischaemia. Malignancy unlikely.
Plan: biopsy under LA next wk. May need partial penectomy if progresses. If retention develops we would place a suprapubic catheter rather than a urethral one.
"""),
("2022-02-24", "Procedure Note", """
Procedure: biopsy glans penis under local (penile block)
Small wedge from edge of necrosis, haemostasis w/ bipolar, 4-0 vicryl rapide.
Sent for histology incl calcium stain.
"""),
("2022-03-08", "Clinic Letter", """
Dear Dr Ahluwalia,
Mr Geoffrey Strand's penile biopsy confirms calciphylaxis (calcified medial layer in small penile vessels, with thrombosis). He has had no instrumentation or injury to the penis. We have discussed conservative management with sodium thiosulfate and analgesia; partial penectomy remains an option should the necrosis progress. His haemodialysis schedule is unchanged, and his insulin still goes into the abdominal wall, and that skin looks perfectly healthy.
Yours sincerely,
Mr S. Adeyemi-Clarke, Consultant Urologist
"""),
]}

U14 = {"patient_id": "U14", "age": 57, "sex": "F", "notes": [
("2024-03-05", "Wound Check", """
Post op wound check - general surgery
57F POD 19 s/p Hartmann's procedure (perforated sigmoid diverticulitis, 02/15/2024), midline laparotomy.
Inferior 4 cm of midline wound opened on POD 8 for superficial SSI - packed. Today: wound 4x1.5x1cm, red granulation, small amount of slough, no tracking. Colostomy working.
PMH: ESRD on HD, no diabetes, obesity BMI 35.1.
Plan: continue wet-to-dry bid via home health.
"""),
("2024-04-09", "General Surgery Clinic Note", """
Gen surg clinic
Midline wound slower than expected; edge biopsied 3/26 to exclude calciphylaxis given ESRD - path: granulation tissue and acute inflammation, NO vascular calcification. So this is a healing SSI, not calciphylaxis.
However, new exquisitely painful necrotic plaques on both calves since mid March, which derm biopsied 4/02: calciphylaxis confirmed. Pt denies any injury, heat, stockings or injections on the legs. No lesions near the laparotomy.
Wt down: BMI 31.8.
Counselled: keep legs away from heaters and hot water bottles, avoid tight socks and bumps.
"""),
("2024-05-14", "Wound Check", """
Wound clinic
Midline SSI: nearly closed, 1 x 0.3 cm, epithelialising. Calves: bilateral calciphylaxis ulcers stable on STS, dry eschars. BMI 31.8.
Plan: Hartmann's reversal not before 6 months; address calciphylaxis first.
"""),
]}

PATIENTS = [U08, U09, U10, U11, U12, U13, U14]
